package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the upgrade decision of the rendered stable boot script with bash, with a stand-in for
 * Moodle's CLI scripts: only "nothing to do" (0) and "upgrade pending" (2) let the boot go on; the
 * ready marker is withdrawn while the upgrade runs; the CLI maintenance mode ends once the database
 * matches the code, also when an earlier failed upgrade left it on.
 */
class StableUpgradeTest {
    @TempDir
    Path dir;

    /** The stable script's lines from the upgrade check to the end of its branch, with site_php recording its calls. */
    private Tools.Result decide(int isPending, boolean maintenanceLeftOn) throws IOException {
        List<String> lines = Fixtures.render(Fixtures.deployment()).stableUserData().lines().toList();
        int from = lines.indexOf("  step \"upgrade check\"");
        assertTrue(from > 0, "the stable script checks for an upgrade");
        int to = from;
        while (!lines.get(to).equals("fi")) {
            to++;
        }
        Path data = Files.createDirectories(dir.resolve("moodledata"));
        Path ready = data.resolve(BootModel.READY_FILE_NAME);
        Files.writeString(ready, "ref=x\ncommit=old\n");
        if (maintenanceLeftOn) {
            Files.writeString(data.resolve("climaintenance.html"), "down");
        }
        String program = "set -euo pipefail\nlog() { echo \"log: $*\"; }\nstep() { echo \"step: $1\"; }\n"
                + "DATAROOT=" + data + "\nREADY=" + ready + "\nCLI=/cli\n"
                + "sleep() { echo \"sleep $*\"; }\n"
                + "site_php() {\n  echo \"php $*\"\n"
                + "  case \"$*\" in\n"
                + "    *--is-pending) return " + isPending + " ;;\n"
                + "    *'maintenance.php --enable') [ -f \"$READY\" ] && echo 'marker still there'; echo down > \"$DATAROOT/climaintenance.html\" ;;\n"
                + "    *'maintenance.php --disable') rm -f \"$DATAROOT/climaintenance.html\" ;;\n"
                + "  esac\n}\n{\n" + String.join("\n", lines.subList(from, to)) + "\n}\necho 'boot goes on'\n";
        return Tools.run(List.of("bash", "-c", program), Map.of("PATH", System.getenv("PATH")), dir);
    }

    private boolean maintenanceOn() {
        return Files.exists(dir.resolve("moodledata/climaintenance.html"));
    }

    @Test
    void nothingToDoLeavesTheSiteAndTheMarkerAlone() throws IOException {
        Tools.Result r = decide(0, false);
        assertEquals(0, r.exit(), r.out());
        assertFalse(r.out().contains("maintenance.php"), r.out());
        assertTrue(Files.exists(dir.resolve("moodledata/" + BootModel.READY_FILE_NAME)));
    }

    @Test
    void anUpgradeWithdrawsTheMarkerFirstAndEndsMaintenanceAfterwards() throws IOException {
        Tools.Result r = decide(2, false);
        assertEquals(0, r.exit(), r.out());
        assertFalse(r.out().contains("marker still there"), "the marker is gone before maintenance starts: " + r.out());
        assertFalse(Files.exists(dir.resolve("moodledata/" + BootModel.READY_FILE_NAME)));
        List<String> php = r.out().lines().filter(l -> l.startsWith("php ")).toList();
        assertEquals(List.of("php /cli/upgrade.php --is-pending", "php /cli/maintenance.php --enable",
                "php /cli/upgrade.php --non-interactive", "php /cli/maintenance.php --disable"), php, r.out());
        assertFalse(maintenanceOn());
        int outOfService = dev.moodleaws.render.BootTimes.outOfServiceSeconds(Fixtures.deployment());
        List<String> steps = r.out().lines().filter(l -> l.startsWith("php ") || l.startsWith("sleep ")).toList();
        assertEquals("sleep " + outOfService, steps.get(3),
                "a quick upgrade stays in maintenance until the load balancer took the old nodes out: " + r.out());
    }

    @Test
    void maintenanceLeftOnByAFailedUpgradeEndsOnceDatabaseAndCodeMatch() throws IOException {
        Tools.Result r = decide(0, true);
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("php /cli/maintenance.php --disable"), r.out());
        assertFalse(maintenanceOn());
    }

    @Test
    void anyOtherAnswerStopsTheBootWithTheSiteAsItWas() throws IOException {
        for (int code : List.of(1, 3, 255)) {
            Tools.Result r = decide(code, false);
            assertNotEquals(0, r.exit(), r.out());
            assertTrue(r.out().contains("upgrade.php --is-pending exited " + code), r.out());
            assertFalse(r.out().contains("boot goes on") || r.out().contains("--non-interactive"), r.out());
        }
    }
}
