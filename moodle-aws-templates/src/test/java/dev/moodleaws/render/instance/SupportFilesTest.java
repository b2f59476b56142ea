package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache configuration script, the health script, the runbook and PHP literals. */
class SupportFilesTest {
    private static String file(Deployment d, String path) {
        return Fixtures.render(d).files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    @Test
    void theCacheScriptIsValidPhpAndMapsApplicationAndSessionToRedis(@TempDir Path dir) throws Exception {
        Tools.assumeInstalled("php");
        String caches = file(Fixtures.deployment(), BootFiles.CONFIGURE_CACHES);
        Path f = dir.resolve("caches.php");
        Files.writeString(f, caches);
        Tools.Result r = Tools.run(List.of("php", "-l", f.toString()));
        assertEquals(0, r.exit(), r.out());
        assertTrue(caches.contains("1 => ['moodle-aws-redis']"), caches);
        assertTrue(caches.contains("2 => ['moodle-aws-redis']"), caches);
        assertTrue(caches.contains("4 => ['default_request']"), caches);
        assertTrue(caches.contains("'encryption' => true"), caches);
    }

    @Test
    void withoutRedisCachesTheScriptKeepsMoodlesDefaultStores() {
        Deployment d = Fixtures.deployment(m -> m.caches(Caches.builder()
                .application(CacheStore.SHARED_FILE).session(CacheStore.SHARED_FILE).build()));
        String caches = file(d, BootFiles.CONFIGURE_CACHES);
        assertFalse(caches.contains("add_store_instance"), caches);
        assertTrue(caches.contains("1 => ['default_application']"), caches);
    }

    @Test
    void theHealthScriptIsValidPhp(@TempDir Path dir) throws Exception {
        Tools.assumeInstalled("php");
        String health = TemplateEngine.builtIn().render("instance/health.php.ftl", InstanceRenderer.healthModel(Fixtures.deployment()));
        Path f = dir.resolve("health.php");
        Files.writeString(f, health);
        Tools.Result r = Tools.run(List.of("php", "-l", f.toString()));
        assertEquals(0, r.exit(), r.out());
        assertTrue(health.contains("'tls://'"));
    }

    @Test
    void theRunbookCoversDeployLogsUpgradeFailureAndRollback() {
        String runbook = file(Fixtures.deployment(), BootFiles.RUNBOOK);
        for (String heading : List.of("## First deploy", "## Boot logs", "## Upgrading Moodle", "## When a check fails", "## Rollback")) {
            assertTrue(runbook.contains(heading), heading);
        }
        assertTrue(runbook.contains("/var/log/moodle-aws-boot.log"));
        assertTrue(runbook.contains("MOODLE_405_STABLE"));
    }

    @Test
    void theRunbookStatesTheSignalBoundsAndTheWaitOfTheWebNodesTheScriptsUse() {
        var d = Fixtures.deployment();
        String runbook = file(d, BootFiles.RUNBOOK);
        assertTrue(runbook.contains("## Boot signals"));
        assertTrue(runbook.contains("stable node (" + dev.moodleaws.render.BootTimes.stableSignalSeconds(d) / 60 + " minutes at most)"), runbook);
        assertTrue(runbook.contains("at most " + dev.moodleaws.render.BootTimes.readyWaitSeconds(d) / 60 + " minutes, then its boot fails"), runbook);
        String web = file(d, BootFiles.WEB_USER_DATA);
        assertTrue(web.contains("\nREADY_WAIT=" + dev.moodleaws.render.BootTimes.readyWaitSeconds(d) + "\n"));
        assertTrue(web.contains("log \"$PIN not marked ready within"), "the log line the runbook quotes");
        assertTrue(file(d, BootFiles.STABLE_USER_DATA).contains("log \"boot failed at step: $STEP"), "the log line the runbook quotes");
        assertTrue(runbook.contains("## Alarms") && runbook.contains("`alerts.emails`"), "no address: the runbook says how to add one");
    }

    @Test
    void theRunbookSaysOldWebNodesLeaveServiceOnlyWhenTheTargetGroupChecksTheHealthScript() {
        String runbook = file(Fixtures.deployment(), BootFiles.RUNBOOK);
        assertTrue(runbook.contains("takes every old web node out of service"), runbook);
        assertTrue(runbook.contains("fails open"), runbook);
        String without = file(Fixtures.deployment(m -> m.healthCheckScript(false)), BootFiles.RUNBOOK);
        assertFalse(without.contains("takes every old web node out of service"), without);
        assertTrue(without.contains("may show an upgrade\nnotice or an error"), without);
    }

    @Test
    void phpLiteralsOfEveryKind() {
        assertEquals("'it\\'s'", PhpLiteral.of("it's"));
        assertEquals("true", PhpLiteral.of(true));
        assertEquals("42", PhpLiteral.of(42));
        assertEquals("0.25", PhpLiteral.of(0.25));
        assertEquals("2.0", PhpLiteral.of(2.0));
        assertEquals("null", PhpLiteral.of(null));
        assertEquals("['a', 1]", PhpLiteral.of(List.of("a", 1)));
        assertEquals("['k' => ['n' => false]]", PhpLiteral.of(Map.of("k", Map.of("n", false))));
        assertThrows(IllegalArgumentException.class, () -> PhpLiteral.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PhpLiteral.of(new Object()));
    }

    @Test
    void heredocDelimitersAvoidEveryLineOfTheText() {
        assertEquals("MOODLE_AWS_EOF", Heredoc.of("a\nb").delimiter());
        assertEquals("a\nb\n", Heredoc.of("a\nb").body());
        assertEquals("MOODLE_AWS_EOF2", Heredoc.of("MOODLE_AWS_EOF\nMOODLE_AWS_EOF1\n").delimiter());
    }
}
