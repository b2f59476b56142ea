package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-010: Spot instances at elevated risk are replaced before they are interrupted. */
final class CapacityRebalanceRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-010", Severity.WARNING,
            "Capacity Rebalancing is on",
            "Set web.capacityRebalance: true.",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-capacity-rebalancing.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.web().capacityRebalance()) {
            out.at("web.capacityRebalance", "web.capacityRebalance is false: a replacement is launched only after"
                    + " a Spot instance is interrupted, not when AWS signals the risk; the guide asks for Capacity Rebalancing.");
        }
    }
}
