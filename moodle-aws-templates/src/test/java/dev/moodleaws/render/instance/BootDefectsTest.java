package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.WebServer;
import dev.moodleaws.core.bundle.BootFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects the site test found, pinned here in the rendered text as well (the site test runs them):
 * PHP programs from files, step names in the log, the 5.1 code guard, the health endpoint, the
 * internal paths, secrets kept out of variables and the environment, the cache writer.
 */
class BootDefectsTest {
    private static final Pattern PHP_FROM_STDIN = Pattern.compile("(?m)(^|\\s)php\\b[^\\n|]*<<");

    @Test
    void noPhpProgramIsFedOnStandardInputWherePhpBefore83DefinesNoStdout() {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        for (String script : List.of(a.stableUserData(), a.webUserData())) {
            assertFalse(PHP_FROM_STDIN.matcher(script).find(), script);
            assertFalse(script.contains("| php"), script);
        }
        assertTrue(a.stableUserData().contains("php /usr/local/lib/moodle-aws/db-state.php"));
        assertTrue(a.stableUserData().contains("site_php /usr/local/lib/moodle-aws/install.php "));
    }

    @Test
    void aFailedStepIsNamedInTheLogAndTheSignal(@TempDir Path dir) {
        String web = Fixtures.render(Fixtures.deployment()).webUserData();
        String prelude = web.substring(web.indexOf("log() {"), web.indexOf("trap boot_exit EXIT") + "trap boot_exit EXIT".length());
        String stubs = "set -e\nMOODLE_AWS_IMDS=http://127.0.0.1:9\naws() { echo \"signal $*\" >&2; }\n";
        Tools.Result r = Tools.run(List.of("bash", "-c", stubs + prelude + "\nstep \"mount moodledata\"\nfalse\necho never"), Map.of(), dir);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("step: mount moodledata\n"), r.out());
        assertTrue(r.out().contains("boot failed at step: mount moodledata (exit code 1)"), r.out());
        assertTrue(r.out().contains("--status FAILURE --unique-id unknown failed at mount moodledata"), r.out());
        assertFalse(r.out().contains("never"), r.out());
    }

    @Test
    void everyBootNamesItsSteps() {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        assertTrue(a.webUserData().contains("\nstep php-fpm\n"));
        for (String step : List.of("packages", "\"mount moodledata\"", "\"fetch code\"", "\"runtime settings\"")) {
            assertTrue(a.webUserData().contains("\nstep " + step + "\n"), step);
            assertTrue(a.stableUserData().contains("\nstep " + step + "\n"), step);
        }
        assertTrue(a.stableUserData().contains("\n  step \"install moodle\"\n"));
        assertTrue(a.webUserData().contains("\nstep \"wait for the stable node\"\n"));
    }

    @Test
    void moodle51sCodeIsFoundUnderPublicSoARerunKeepsIt() {
        String s = Fixtures.render(Fixtures.deployment(m -> m.version(MoodleVersion.V5_1))).stableUserData();
        assertTrue(s.contains("  if [ -f /var/www/moodle/public/version.php ] && "), s);
        String old = Fixtures.render(Fixtures.deployment(m -> m.version(MoodleVersion.V4_5))).stableUserData();
        assertTrue(old.contains("  if [ -f /var/www/moodle/version.php ] && "), old);
    }

    @Test
    void theTargetGroupChecksTheHealthScriptByDefault() {
        var d = Fixtures.deployment();
        assertEquals(HealthCheck.HEALTH_SCRIPT_PATH, d.loadBalancer().healthCheck().path());
        assertTrue(d.moodle().healthCheckScript());
        String web = Fixtures.render(d).webUserData();
        assertTrue(web.contains("/var/www/moodle/moodle-aws-health.php <<'"), web);
    }

    @Test
    void moodlesInternalPathsAreNotServedByApacheOrNginx() {
        Pattern internal = Pattern.compile(BootModel.INTERNAL_PATHS, Pattern.CASE_INSENSITIVE);
        for (String path : List.of("/vendor/", "/vendor/bin/behat", "/node_modules/cli/cli.js", "/.git/HEAD",
                "/.github/FUNDING.yml", "/.stylelintrc", "/.upgradenotes/", "/composer.json", "/composer.lock",
                "/admin/environment.xml", "/lib/db/install.xml", "/mod/assign/db/install.xml",
                "/lib/scssphp/readme_moodle.txt", "/mod/resource/readme.txt", "/mod/README.txt", "/mod/book/README.md",
                "/auth/manual/upgrade.txt", "/UPGRADING.md", "/UPGRADING-CURRENT.md", "/reportbuilder/UPGRADING.md",
                "/phpunit.xml.dist", "/privacy/tests/fixtures/logo.png", "/blog/tests/behat/delete.feature")) {
            assertTrue(internal.matcher(path).find(), path);
        }
        for (String path : List.of("/login/index.php", "/moodle-aws-health.php", "/theme/image.php/boost/core/1/t/edit",
                "/lib/javascript.php/1/lib/requirejs.php", "/pluginfile.php/1/user/icon/f1", "/admin/index.php")) {
            assertFalse(internal.matcher(path).find(), path);
        }
        assertTrue(Fixtures.render(Fixtures.deployment(m -> m.webServer(WebServer.APACHE))).webUserData()
                .contains("RedirectMatch 404 \"(?i)" + BootModel.INTERNAL_PATHS + "\""));
        assertTrue(Fixtures.render(Fixtures.deployment(m -> m.webServer(WebServer.NGINX))).webUserData()
                .contains("location ~* \"" + BootModel.INTERNAL_PATHS + "\" { return 404; }"));
    }

    @Test
    void secretsNeverPassThroughShellVariablesOrTheEnvironment() {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        for (String script : List.of(a.stableUserData(), a.webUserData())) {
            assertFalse(script.contains("=$(retry secret"), script);
            assertFalse(Pattern.compile("export [A-Z_]*(SECRET|AUTH|PASS)").matcher(script).find(), script);
            assertFalse(script.contains("getenv('DB_SECRET')") || script.contains("getenv('ADMIN_SECRET')"), script);
        }
        assertTrue(a.stableUserData().contains("retry secret_to \"$MOODLE_AWS_ADMIN_SECRET_ARN\" \"$SECRETS/admin\" \"$WEB_USER\""));
    }

    @Test
    void theCacheScriptUsesTheAutoloadedWriterSinceMoodle45RemovedLocallib() {
        String caches = Fixtures.render(Fixtures.deployment()).files().stream()
                .filter(f -> f.path().equals(BootFiles.CONFIGURE_CACHES)).findFirst().orElseThrow().content();
        assertFalse(caches.contains("cache/locallib.php"), caches);
        assertTrue(caches.contains("\\core_cache\\config_writer::instance()"), caches);
    }
}
