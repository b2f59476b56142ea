package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-013: the scaling policy targets a CPU level between 20% and 90%. */
final class TargetCpuRule implements ModelRule {
    static final int LOWEST = 20;
    static final int HIGHEST = 90;

    static final RuleInfo INFO = new RuleInfo("FLEET-013", Severity.WARNING,
            "The scaling target CPU is 20% to 90%",
            "Set web.targetCpuPercent between 20 and 90, for example 60.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int target = deployment.web().targetCpuPercent();
        if (target < LOWEST) {
            out.at("web.targetCpuPercent", "web.targetCpuPercent is " + target + ": the fleet scales out while"
                    + " mostly idle, paying for instances it does not need.");
        } else if (target > HIGHEST) {
            out.at("web.targetCpuPercent", "web.targetCpuPercent is " + target + ": the fleet scales out only when"
                    + " already saturated, and new instances need minutes to boot.");
        }
    }
}
