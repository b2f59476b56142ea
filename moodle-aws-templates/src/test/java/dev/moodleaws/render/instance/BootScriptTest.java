package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.WebServer;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.validate.boot.BootRules;
import dev.moodleaws.core.validate.boot.WebUserDataSchedulesNoCron;
import dev.moodleaws.render.StackContract;
import dev.moodleaws.render.escape.Escape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boot scripts: shellcheck-clean, within the user data limit, passing the boot rules, escaping what users type. */
class BootScriptTest {
    static Stream<Arguments> platforms() {
        List<Arguments> all = new ArrayList<>();
        for (OperatingSystem os : OperatingSystem.values()) {
            for (WebServer ws : WebServer.values()) {
                for (MoodleVersion v : List.of(MoodleVersion.V4_5, MoodleVersion.V5_1)) {
                    all.add(Arguments.of(os, ws, v));
                }
            }
        }
        return all.stream();
    }

    /** The optional parts of the scripts on: the health script and the mail step (SES, the larger). */
    private static Deployment deployment(OperatingSystem os, WebServer ws, MoodleVersion v) {
        return Fixtures.deployment(m -> m.os(os).webServer(ws).version(v).healthCheckScript(true)
                .mail(Mail.builder().mode(MailMode.SES).build()));
    }

    /** A site with plugins (and mail through a relay). */
    private static Deployment withPlugins(OperatingSystem os, WebServer ws, MoodleVersion v) {
        return Fixtures.deployment(m -> m.os(os).webServer(ws).version(v)
                .mail(Mail.builder().mode(MailMode.RELAY).host("smtp.example.org").build())
                .plugins(List.of(Plugin.builder().component("mod_attendance").git("https://github.com/example/moodle-mod_attendance.git")
                        .ref("0123456789abcdef0123456789abcdef01234567").build())));
    }

    @ParameterizedTest(name = "{0} with {1}, Moodle {2}")
    @MethodSource("platforms")
    void scriptsWithPluginsAreShellcheckCleanAndFit(OperatingSystem os, WebServer ws, MoodleVersion v, @TempDir Path dir) throws Exception {
        Tools.assumeInstalled("shellcheck");
        InstanceArtifacts a = Fixtures.render(withPlugins(os, ws, v));
        shellcheck(dir, "web.sh", withExports(a.webUserData()));
        shellcheck(dir, "stable.sh", withExports(a.stableUserData()));
        shellcheck(dir, "install-plugins.sh", a.files().stream().filter(f -> f.path().equals(BootFiles.INSTALL_PLUGINS))
                .findFirst().orElseThrow().content());
        int budget = BootFiles.USER_DATA_LIMIT_BYTES - BootFiles.EXPORTS_ALLOWANCE_BYTES;
        int web = carried(BootFiles.WEB_USER_DATA, a.webUserData());
        int stable = carried(BootFiles.STABLE_USER_DATA, a.stableUserData());
        System.out.printf("user data with a plugin %s/%s/%s, as carried (compressed): web %d bytes, stable %d bytes%n",
                os.value(), ws.value(), v.label(), web, stable);
        assertTrue(web <= budget && stable <= budget);
    }

    /** The user data as the CloudFormation template delivers it: exports right after the shebang. */
    static String withExports(String userData) {
        StringBuilder exports = new StringBuilder();
        for (String name : StackContract.VARIABLES) {
            exports.append("export ").append(name).append("='value-of-").append(name.toLowerCase()).append("'\n");
        }
        int eol = userData.indexOf('\n') + 1;
        return userData.substring(0, eol) + exports + userData.substring(eol);
    }

    private static void shellcheck(Path dir, String name, String script) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, script);
        Tools.Result r = Tools.run(List.of("shellcheck", "-s", "bash", file.toString()));
        assertEquals(0, r.exit(), name + ":\n" + r.out());
        assertEquals("", r.out().strip(), name);
    }

    @ParameterizedTest(name = "{0} with {1}, Moodle {2}")
    @MethodSource("platforms")
    void everyNodeInstallsThePhpExtensionsMoodlesEnvironmentCheckAsksFor(OperatingSystem os, WebServer ws, MoodleVersion v) {
        InstanceArtifacts a = Fixtures.render(deployment(os, ws, v));
        for (String script : List.of(a.webUserData(), a.stableUserData())) {
            String install = script.lines().filter(l -> l.matches("(retry )?(apt-get|dnf) install -y -q php.*|.* install -y -q (apache2|nginx|httpd) .*"))
                    .findFirst().orElseThrow();
            for (String ext : List.of("soap", "intl", "gd", "mbstring", "xml", "zip", "curl", "opcache")) {
                assertTrue(install.contains("-" + ext + " ") || (ext.equals("curl") && os == OperatingSystem.AMAZON_LINUX_2023),
                        os + " installs php " + ext + ": " + install);
            }
        }
    }

    @ParameterizedTest(name = "{0} with {1}, Moodle {2}")
    @MethodSource("platforms")
    void everyRenderedScriptIsShellcheckClean(OperatingSystem os, WebServer ws, MoodleVersion v, @TempDir Path dir) throws Exception {
        Tools.assumeInstalled("shellcheck");
        InstanceArtifacts a = Fixtures.render(deployment(os, ws, v));
        shellcheck(dir, "web.sh", a.webUserData());
        shellcheck(dir, "web-exports.sh", withExports(a.webUserData()));
        shellcheck(dir, "stable.sh", a.stableUserData());
        shellcheck(dir, "stable-exports.sh", withExports(a.stableUserData()));
        for (BundleFile f : a.files()) {
            if (f.path().endsWith(".sh")) {
                shellcheck(dir, "file.sh", f.content());
            }
        }
    }

    /** Bytes a boot script takes in user data as the template carries it (compressed, see BootPayload). */
    static int carried(String path, String script) {
        return dev.moodleaws.core.bundle.BootPayload.wrappedSize(path, script);
    }

    @ParameterizedTest(name = "{0} with {1}, Moodle {2}")
    @MethodSource("platforms")
    void userDataFitsSixteenKilobytesWithTheExports(OperatingSystem os, WebServer ws, MoodleVersion v) {
        InstanceArtifacts a = Fixtures.render(deployment(os, ws, v));
        int budget = BootFiles.USER_DATA_LIMIT_BYTES - BootFiles.EXPORTS_ALLOWANCE_BYTES;
        int web = carried(BootFiles.WEB_USER_DATA, a.webUserData());
        int stable = carried(BootFiles.STABLE_USER_DATA, a.stableUserData());
        System.out.printf("user data %s/%s/%s as carried (compressed): web %d bytes (%d plain), stable %d bytes (%d plain),"
                + " limit %d (%d with exports)%n", os.value(), ws.value(), v.label(), web, a.webUserData().length(), stable,
                a.stableUserData().length(), budget, BootFiles.USER_DATA_LIMIT_BYTES);
        assertTrue(web <= budget, "web user data is " + web + " bytes");
        assertTrue(stable <= budget, "stable user data is " + stable + " bytes");
    }

    @ParameterizedTest(name = "{0} with {1}, Moodle {2}")
    @MethodSource("platforms")
    void renderedFilesPassEveryBootRule(OperatingSystem os, WebServer ws, MoodleVersion v) {
        Deployment d = deployment(os, ws, v);
        Bundle bundle = new Bundle(Fixtures.render(d).files());
        for (ArtifactRule rule : BootRules.all()) {
            Findings out = new Findings(rule.info(), d.sourceMap());
            rule.check(d, bundle, out);
            assertEquals(List.of(), out.list(), rule.info().id());
        }
    }

    @Test
    void theNoCronRuleCatchesABrokenWebScript() {
        Deployment d = Fixtures.deployment();
        List<BundleFile> files = new ArrayList<>();
        for (BundleFile f : Fixtures.render(d).files()) {
            files.add(f.path().equals(BootFiles.WEB_USER_DATA)
                    ? new BundleFile(f.path(), f.content().replace("log \"web node ready\"",
                            "echo '* * * * * www-data php /var/www/moodle/admin/cli/cron.php' > /etc/cron.d/moodle\nlog \"web node ready\""), true)
                    : f);
        }
        ArtifactRule rule = new WebUserDataSchedulesNoCron();
        Findings out = new Findings(rule.info(), d.sourceMap());
        rule.check(d, new Bundle(files), out);
        List<Finding> found = out.list();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("/etc/cron.d/moodle"));
    }

    @Test
    void theStableNodeSchedulesCronWithTheKeepAliveAndAFlockTheWebUserOwns() {
        Deployment d = Fixtures.deployment(m -> m.version(MoodleVersion.V5_1));
        d = d.toBuilder().stable(d.stable().toBuilder().cronKeepAliveSeconds(240).build()).build();
        String stable = Fixtures.render(d).stableUserData();
        assertTrue(stable.contains("* * * * * www-data flock -n /var/lib/moodle-aws/cron/cron.lock /usr/bin/php "
                + "/var/www/moodle/admin/cli/cron.php --keep-alive=240"), "5.1 keeps its CLI scripts in <root>/admin/cli: " + stable);
        assertTrue(stable.contains("install -d -m 0750 -o \"$WEB_USER\" -g \"$WEB_USER\" /var/lib/moodle-aws/cron\n"),
                "the lock's folder belongs to the web user, who runs cron (root owns /run/lock on Amazon Linux 2023)");
        assertTrue(stable.contains("CLI='/var/www/moodle/admin/cli'\n"), "install and upgrade run <root>/admin/cli too");
        String web = Fixtures.render(d).webUserData();
        assertTrue(web.contains("DocumentRoot /var/www/moodle/public"), "Moodle 5.1 serves public/");
        assertFalse(web.contains("cron.php"));
    }

    @Test
    void aKeepAliveOfZeroIsPassedSoMoodleDoesNotKeepEachRunAliveForItsDefault() {
        String stable = Fixtures.render(Fixtures.deployment()).stableUserData();
        assertTrue(stable.contains("/var/www/moodle/admin/cli/cron.php --keep-alive=0 >> "), stable);
    }

    @Test
    void theWebScriptWritesTheBundlesConfigPhpByteForByte(@TempDir Path dir) throws Exception {
        String hostile = "https://learn.example.org/a'b\nMOODLE_AWS_EOF\n$(touch pwned)`id`";
        Deployment d = Fixtures.deployment(m -> m.wwwroot(hostile));
        InstanceArtifacts a = Fixtures.render(d);
        String config = a.files().stream().filter(f -> f.path().equals(BootFiles.CONFIG_PHP)).findFirst().orElseThrow().content();
        String web = a.webUserData();
        int start = web.indexOf("cat > \"$CODE_ROOT/config.php\" <<'");
        String delimiterLine = web.substring(start, web.indexOf('\n', start));
        String delimiter = delimiterLine.substring(delimiterLine.indexOf("<<'") + 3, delimiterLine.length() - 1);
        assertFalse(delimiter.equals("MOODLE_AWS_EOF"), "the delimiter avoids the line the value holds");
        int end = web.indexOf("\n" + delimiter + "\n", start) + delimiter.length() + 2;
        String snippet = "CODE_ROOT=" + Escape.shell(dir.toString()) + "\n" + web.substring(start, end);
        Tools.Result r = Tools.run(List.of("bash", "-c", snippet), Map.of(), dir);
        assertEquals(0, r.exit(), r.out());
        assertEquals(config, Files.readString(dir.resolve("config.php")));
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    @Test
    void siteNamesReachTheInstallerUnchanged(@TempDir Path dir) {
        String hostile = "Campus 'Learn' $(touch pwned) `id` \"q\" ; rm -rf /x\nline two";
        Deployment d = Fixtures.deployment(m -> m.siteFullName(hostile).siteShortName("short$(id)").adminEmail("a'b@example.org"));
        String stable = Fixtures.render(d).stableUserData();
        int at = stable.indexOf("site_php /usr/local/lib/moodle-aws/install.php ");
        String call = stable.substring(at, stable.indexOf("\n  rm -f \"$SECRETS/admin\"", at));
        Tools.Result r = Tools.run(List.of("bash", "-c", "SECRETS=/s CLI=/c\nsite_php() { printf '%s|' \"$@\"; }\n" + call), Map.of(), dir);
        assertEquals(0, r.exit(), r.out());
        assertEquals("/usr/local/lib/moodle-aws/install.php|/s/admin|/c|" + hostile + "|short$(id)|a'b@example.org|", r.out());
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    @Test
    void unsafeRawValuesStopRendering() {
        Deployment badPath = Fixtures.deployment(m -> m.dataroot("/var/www/moodle data;rm"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Fixtures.render(badPath));
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(Fixtures.render(Fixtures.deployment()), Fixtures.render(Fixtures.deployment()));
    }

    @Test
    void otherEnginesAndSystemsRenderTheirOwnPackages() {
        Deployment d = Fixtures.of(MoodleVersion.V5_0, DatabaseEngine.MYSQL, OperatingSystem.AMAZON_LINUX_2023, WebServer.NGINX);
        InstanceArtifacts a = Fixtures.render(d);
        assertTrue(a.webUserData().contains("dnf install -y -q nginx php8.3-fpm"), a.webUserData());
        assertFalse(a.webUserData().contains("cronie"), "the web node installs no cron daemon");
        assertTrue(a.stableUserData().contains("cronie"));
        assertTrue(a.webUserData().contains("listen 80 default_server;"));
    }
}
