package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stable node's user data schedules Moodle's cron exactly once when the stable node runs cron
 * (and not at all when it does not): twice would run every task twice, never would stop them.
 */
final class StableUserDataSchedulesCronOnce implements ArtifactRule {
    private static final Pattern CRON_CALL = Pattern.compile("admin/cli/cron\\.php");

    private static final RuleInfo INFO = new RuleInfo("BOOT-002", Severity.ERROR,
            "The stable node user data schedules Moodle cron exactly once",
            "Keep one cron entry calling admin/cli/cron.php in the stable boot script (or its template override).",
            RuleSource.GUIDE, "Guide, section 2: cron setup on the stable instance");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        bundle.file(BootFiles.STABLE_USER_DATA).ifPresent(f -> {
            List<Integer> calls = ArtifactLines.matching(f.content(), CRON_CALL);
            int expected = deployment.stable().runsCron() ? 1 : 0;
            if (calls.size() != expected) {
                int line = calls.isEmpty() ? 1 : calls.get(calls.size() - 1);
                out.inArtifact(f.path(), line, "the stable user data schedules cron.php " + calls.size()
                        + " time(s), expected " + expected);
            }
        });
    }
}
