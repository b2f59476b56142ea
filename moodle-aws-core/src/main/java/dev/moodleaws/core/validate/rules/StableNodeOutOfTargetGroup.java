package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The stable node does not serve normal web traffic. */
final class StableNodeOutOfTargetGroup implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("STABLE-003", Severity.WARNING,
            "The stable node is not in the load balancer's target group",
            "Write `inTargetGroup: false` under `stable:` in moodle-aws.yaml, or delete `stable.inTargetGroup` (false is the default).",
            RuleSource.GUIDE, "guide: 2. Configure the Stable Instance (Web Traffic); 4. Register only the ASG instances");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.stable().inTargetGroup()) {
            out.at("stable.inTargetGroup", "stable.inTargetGroup is true: the load balancer would send normal user"
                    + " traffic to the node that runs cron and background tasks, which slows both. Register it only"
                    + " if you need it for admin access, and expect this warning.");
        }
    }
}
