package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The Spot web nodes never run Moodle cron: only the stable node does. */
final class CronNotOnWebNodes implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("CRON-001", Severity.ERROR,
            "Web nodes never run Moodle cron",
            "Write `runsCron: false` under `web:` in moodle-aws.yaml, or delete `web.runsCron` (false is the default).",
            RuleSource.GUIDE, "guide: 3. Configure the Spot Fleet (Critical Requirement); Risks and Limitations");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.web().runsCron()) {
            out.at("web.runsCron", "web.runsCron is true: every Spot web node would run cron beside the stable node."
                    + " Cron on several nodes causes race conditions, tasks running twice, failing course backups and"
                    + " stuck cron locks, and a Spot node can be reclaimed in the middle of a task.");
        }
    }
}
