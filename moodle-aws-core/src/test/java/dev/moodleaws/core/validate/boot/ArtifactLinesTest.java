package dev.moodleaws.core.validate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArtifactLinesTest {

    private static final String TEXT = String.join("\n",
            "#!/bin/bash",
            "echo '*/1 * * * * php admin/cli/cron.php' | CRONTAB -u www-data -",
            "",
            "cp moodle.TIMER /etc/systemd/system/ # \u0130stanbul \u212Aelvin",
            "OnUnitActiveSec=60",
            "$CFG->dbpass = 'hunter2';",
            "$CFG->session_redis_auth => \"x\";",
            "AKIAABCDEFGHIJKLMNOP akia0123456789abcdef",
            "-----BEGIN RSA PRIVATE KEY-----",
            "run-parts /ETC/CRON.daily",
            "cronie anacron",
            "\u0130 then /var/spool/cron at the end");

    /** The plain definition: split into lines, try the pattern on each. */
    private static List<Integer> reference(String text, Pattern pattern) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (pattern.matcher(all[i]).find()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    @Test
    void linesMatchingAsIfEachLineWereMatchedAlone() {
        for (Pattern p : List.of(WebUserDataSchedulesNoCron.CRON, ConfigPhpHasNoSecret.SECRET,
                Pattern.compile("^\\w+$"), Pattern.compile("end$"), Pattern.compile("\\bcron\\b"))) {
            assertEquals(reference(TEXT, p), ArtifactLines.matching(TEXT, p), p.pattern());
            assertEquals(reference(TEXT + "\n", p), ArtifactLines.matching(TEXT + "\n", p), p.pattern());
        }
    }

    @Test
    void hintsOnlySkipLinesThatCannotMatch() {
        List<Integer> cron = ArtifactLines.matching(TEXT, WebUserDataSchedulesNoCron.CRON,
                WebUserDataSchedulesNoCron.CRON_HINTS);
        List<Integer> secret = ArtifactLines.matching(TEXT, ConfigPhpHasNoSecret.SECRET,
                ConfigPhpHasNoSecret.SECRET_HINTS);

        assertEquals(reference(TEXT, WebUserDataSchedulesNoCron.CRON), cron);
        assertEquals(List.of(2, 4, 5, 10, 11, 12), cron);
        assertEquals(reference(TEXT, ConfigPhpHasNoSecret.SECRET), secret);
        assertEquals(List.of(6, 7, 8, 9), secret);
    }

    @Test
    void noLinesWithoutAHint() {
        assertEquals(List.of(), ArtifactLines.matching("a\nb\n", WebUserDataSchedulesNoCron.CRON,
                WebUserDataSchedulesNoCron.CRON_HINTS));
        assertEquals(List.of(1), ArtifactLines.matching("x", Pattern.compile("x")));
    }
}
