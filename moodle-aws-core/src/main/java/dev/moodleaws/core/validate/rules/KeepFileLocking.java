package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** File locking stays on: the guide's {@code preventfilelocking = true} is a bad default. */
final class KeepFileLocking implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-001", Severity.WARNING,
            "File locking is not prevented",
            "Write `preventFileLocking: false` under `moodle:` in moodle-aws.yaml, or delete `moodle.preventFileLocking` (false is the default).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/config-dist.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().preventFileLocking()) {
            out.at("moodle.preventFileLocking", "moodle.preventFileLocking is true, as the guide suggests, but the"
                    + " guide is wrong here: Moodle calls file locking strongly recommended in production, the shared"
                    + " cachedir needs it, and EFS (NFSv4.1) supports locks. Without it nodes can corrupt files they"
                    + " write at the same time. Keep locking on; task locks use the database lock factory anyway.");
        }
    }
}
