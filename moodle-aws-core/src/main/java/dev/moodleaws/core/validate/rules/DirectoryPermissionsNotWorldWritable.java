package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The folders Moodle creates in moodledata are not writable by every local user. */
final class DirectoryPermissionsNotWorldWritable implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-010", Severity.WARNING,
            "Directory permissions do not give write access to everyone",
            "Write `directoryPermissions: \"02775\"` under `moodle:` in moodle-aws.yaml, or delete `moodle.directoryPermissions` (02775 is the default).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/config-dist.php");

    private static final int WRITE_BIT = 2;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String permissions = deployment.moodle().directoryPermissions();
        if (permissions == null || permissions.isEmpty()) {
            return;
        }
        int others = permissions.charAt(permissions.length() - 1) - '0';
        if (others >= 0 && others <= 7 && (others & WRITE_BIT) != 0) {
            out.at("moodle.directoryPermissions", "moodle.directoryPermissions is " + permissions + ": the last digit"
                    + " lets every user on the instance write into moodledata (Moodle's own default 02777 does this)."
                    + " The web server user and its group are enough: 02775 with the group of the web server user.");
        }
    }
}
