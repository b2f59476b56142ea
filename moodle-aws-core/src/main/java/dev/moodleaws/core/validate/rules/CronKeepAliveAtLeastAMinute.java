package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** A cron keep-alive, when used, covers at least the minute between two cron starts. */
final class CronKeepAliveAtLeastAMinute implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("CRON-003", Severity.WARNING,
            "A cron keep-alive lasts at least 60 seconds",
            "Write `cronKeepAliveSeconds: 180` (Moodle's own default) or `cronKeepAliveSeconds: 0` under `stable:` in moodle-aws.yaml.",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/admin/cli/cron.php");

    private static final int MINUTE = 60;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int keepAlive = deployment.stable().cronKeepAliveSeconds();
        if (keepAlive > 0 && keepAlive < MINUTE) {
            out.at("stable.cronKeepAliveSeconds", "stable.cronKeepAliveSeconds is " + keepAlive + ": each cron run"
                    + " stops waiting for new tasks after " + keepAlive + " seconds while the next run starts only on"
                    + " the next minute, so ad-hoc tasks queued in the gap wait for no benefit. Use 0 to start cron"
                    + " once a minute, or 60 seconds and more to keep one runner alive.");
        }
    }
}
