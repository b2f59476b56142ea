package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Object forced = deployment.moodle().forcedSettings().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("preventfilelocking")).map(Map.Entry::getValue).findFirst().orElse(null);
        if (forced != null && !List.of("false", "0", "").contains(String.valueOf(forced).toLowerCase(Locale.ROOT))) {
            // The same risk, set the other way: config.php writes the forced value last, so it is what Moodle uses.
            String name = deployment.moodle().forcedSettings().keySet().stream()
                    .filter(k -> k.equalsIgnoreCase("preventfilelocking")).findFirst().orElseThrow();
            out.at("moodle.forcedSettings." + name, "moodle.forcedSettings." + name + " is " + forced + ", which prevents file"
                    + " locking as moodle.preventFileLocking: true would: Moodle calls file locking strongly recommended in"
                    + " production, the shared cachedir needs it, and EFS (NFSv4.1) supports locks.");
        } else if (deployment.moodle().preventFileLocking()) {
            out.at("moodle.preventFileLocking", "moodle.preventFileLocking is true, as the guide suggests, but the"
                    + " guide is wrong here: Moodle calls file locking strongly recommended in production, the shared"
                    + " cachedir needs it, and EFS (NFSv4.1) supports locks. Without it nodes can corrupt files they"
                    + " write at the same time. Keep locking on; task locks use the database lock factory anyway.");
        }
    }
}
