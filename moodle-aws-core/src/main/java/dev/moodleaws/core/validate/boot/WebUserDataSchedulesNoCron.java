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
 * The web user data schedules no cron: no crontab, nothing in {@code /etc/cron*}, no call of
 * Moodle's {@code cron.php}, no systemd timer. Spot nodes running cron run tasks twice and leave
 * locks behind when reclaimed.
 */
public final class WebUserDataSchedulesNoCron implements ArtifactRule {
    static final Pattern CRON = Pattern.compile(
            "crontab|/etc/cron|/var/spool/cron|\\bcron\\.php\\b|\\banacron\\b|OnCalendar|OnUnitActiveSec|\\.timer\\b|\\bcronie\\b",
            Pattern.CASE_INSENSITIVE);
    /** Every match of {@link #CRON} contains one of these, ignoring case. */
    static final List<String> CRON_HINTS = List.of("cron", "oncalendar", "onunitactivesec", ".timer");

    private static final RuleInfo INFO = new RuleInfo("BOOT-001", Severity.ERROR,
            "The web node user data schedules no cron",
            "Remove the cron entry from the web boot script (or its template override); cron runs on the stable node only.",
            RuleSource.GUIDE, "Guide, section 3: the web servers must never run the Moodle cron");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        bundle.file(BootFiles.WEB_USER_DATA).ifPresent(f -> {
            for (int line : ArtifactLines.matching(f.content(), CRON, CRON_HINTS)) {
                out.inArtifact(f.path(), line, "the web user data schedules or runs cron: "
                        + ArtifactLines.line(f.content(), line));
            }
        });
    }
}
