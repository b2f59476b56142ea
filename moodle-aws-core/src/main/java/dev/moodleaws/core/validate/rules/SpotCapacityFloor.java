package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The guide's risk: a large all-Spot fleet without an On-Demand floor can wait for capacity when it must grow. */
final class SpotCapacityFloor implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("RISK-002", Severity.INFO,
            "A large Spot fleet has an On-Demand floor",
            "Write `onDemandBaseCapacity: 1` (or 2) under `web:` in moodle-aws.yaml.",
            RuleSource.GUIDE, "guide: 3. Auto Scaling Group (Mixed Instances Policy); Risks and Limitations");

    /** A fleet allowed to grow this far is sized for traffic peaks, when Spot capacity is scarcest. */
    static final int LARGE_FLEET = 10;
    private static final int ALL_ON_DEMAND = 100;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        WebFleet web = deployment.web();
        if (web.onDemandBaseCapacity() == 0 && web.onDemandPercentageAboveBase() < ALL_ON_DEMAND
                && web.maxSize() >= LARGE_FLEET) {
            out.at("web.onDemandBaseCapacity", "web.onDemandBaseCapacity is 0 for a fleet that may grow to "
                    + web.maxSize() + " nodes: every web node is Spot, so when Spot capacity of the listed types runs"
                    + " short during high traffic, scaling out is delayed and nothing guarantees a minimum of serving"
                    + " nodes. One or two On-Demand nodes give the fleet a floor.");
        }
    }
}
