package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-008: most of the web fleet above the On-Demand base runs on Spot. */
final class SpotMajorityRule implements ModelRule {
    static final int MOST_ON_DEMAND = 50;

    static final RuleInfo INFO = new RuleInfo("FLEET-008", Severity.WARNING,
            "Most of the web fleet runs on Spot",
            "Set web.onDemandPercentageAboveBase: 0 (all Spot above the base; keep a floor with"
                    + " web.onDemandBaseCapacity: 1 or 2 if wanted), or at most 50.",
            RuleSource.GUIDE, "guide: 3. Configure the Spot Fleet (majority Spot Instances)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int percent = deployment.web().onDemandPercentageAboveBase();
        if (percent > MOST_ON_DEMAND && percent <= 100) {
            out.at("web.onDemandPercentageAboveBase", "web.onDemandPercentageAboveBase is " + percent + ": "
                    + percent + "% of the instances above the base are On-Demand, so the fleet is mostly On-Demand."
                    + " Note that AWS's own default for OnDemandPercentageAboveBaseCapacity is 100 (all On-Demand);"
                    + " the guide asks for a majority of Spot.");
        }
    }
}
