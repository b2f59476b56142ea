package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.PurchaseOption;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The stable node is bought On-Demand, so it is never interrupted. */
final class StableNodeOnDemand implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("STABLE-002", Severity.ERROR,
            "The stable node is On-Demand, never Spot",
            "Write `purchase: on-demand` under `stable:` in moodle-aws.yaml, or delete `stable.purchase` (on-demand is the default).",
            RuleSource.GUIDE, "guide: 2. Configure the Stable Instance (Role of the Stable Instance)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        PurchaseOption purchase = deployment.stable().purchase();
        if (purchase == PurchaseOption.SPOT) {
            out.at("stable.purchase", "stable.purchase is " + purchase.value() + ": the stable node runs cron, course"
                    + " backups, upgrades and other long tasks and must never be interrupted; AWS reclaims a Spot"
                    + " instance with two minutes' notice.");
        }
    }
}
