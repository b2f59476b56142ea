package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** There is exactly one stable node. */
final class ExactlyOneStableNode implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("STABLE-001", Severity.ERROR,
            "There is exactly one stable node",
            "Write `count: 1` under `stable:` in moodle-aws.yaml, or delete `stable.count` (1 is the default).",
            RuleSource.GUIDE, "guide: 2. Configure the Stable Instance (Admin/Cron)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int count = deployment.stable().count();
        if (count == 1) {
            return;
        }
        String why = count < 1
                ? "without a stable node nothing runs cron, background tasks, install or upgrade"
                : "every stable node runs cron, so two or more would run cron twice (race conditions, tasks run twice,"
                        + " stuck locks); the web fleet, not the stable node, is what scales";
        out.at("stable.count", "stable.count is " + count + ": " + why + ".");
    }
}
