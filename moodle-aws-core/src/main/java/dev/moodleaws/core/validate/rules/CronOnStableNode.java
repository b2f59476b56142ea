package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Somebody runs Moodle cron: the stable node. */
final class CronOnStableNode implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("CRON-002", Severity.ERROR,
            "The stable node runs Moodle cron",
            "Write `runsCron: true` under `stable:` in moodle-aws.yaml, or delete `stable.runsCron` (true is the default).",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Cron");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.stable().runsCron()) {
            out.at("stable.runsCron", "stable.runsCron is false, so no node runs cron: Moodle needs cron every minute"
                    + " (mail, notifications, ad-hoc tasks such as asynchronous backups, cleanup). The stable node is"
                    + " the one place it can run safely.");
        }
    }
}
