package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Backups run asynchronously, so they run on the stable node rather than on Spot web nodes. */
final class AsyncBackups implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-003", Severity.WARNING,
            "Asynchronous backups are enabled",
            "Write `asyncBackup: true` under `moodle:` in moodle-aws.yaml, or delete `moodle.asyncBackup` (true is the default).",
            RuleSource.GUIDE, "guide: 5. Moodle Application Configuration (Asynchronous Backups)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.moodle().asyncBackup()) {
            out.at("moodle.asyncBackup", "moodle.asyncBackup is false: backups and restores a user starts would run"
                    + " inside their web request on a Spot node, where a two-minute interruption notice kills them"
                    + " half-way. With asynchronous backups they run as ad-hoc tasks on the stable node.");
        }
    }
}
