package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.ImageMode;
import dev.moodleaws.core.model.Images;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.model.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Baked images: the bake script holds every install and download, the boot scripts of a baked site
 * hold none of them, and a site that installs at boot runs the very same bake steps before its own.
 */
class BakedImageTest {
    /** A command line that reaches a package mirror, GitHub or a download site. */
    private static final Pattern FETCHES = Pattern.compile(
            "(apt-get|dnf|pecl|dpkg -i|git (-C \\S+ )?(clone|fetch)|curl [^|]*https://|aws s3api get-object|/install-plugins\\.sh)");

    static Stream<Arguments> platforms() {
        List<Arguments> all = new ArrayList<>();
        for (OperatingSystem os : OperatingSystem.values()) {
            for (WebServer ws : WebServer.values()) {
                all.add(Arguments.of(os, ws));
            }
        }
        return all.stream();
    }

    static Deployment baked(Deployment d) {
        return d.toBuilder().images(Images.builder().mode(ImageMode.BAKED).build()).build();
    }

    private static Deployment site(OperatingSystem os, WebServer ws) {
        return Fixtures.deployment(m -> m.os(os).webServer(ws).version(MoodleVersion.V4_5).healthCheckScript(true)
                .plugins(List.of(Plugin.builder().component("mod_attendance").git("https://github.com/example/moodle-mod_attendance.git")
                        .ref("0123456789abcdef0123456789abcdef01234567").build())));
    }

    private static List<String> fetching(String script) {
        return script.lines().filter(l -> !l.stripLeading().startsWith("#")).filter(l -> FETCHES.matcher(l).find()).toList();
    }

    /** The lines between two lines of a script, both left out. */
    private static String between(String script, String from, String to) {
        int start = script.indexOf(from + "\n");
        int end = script.indexOf(to + "\n", start);
        assertTrue(start >= 0 && end > start, "the script runs " + from + " before " + to);
        return script.substring(start + from.length() + 1, end);
    }

    private static String install(String script) {
        return script.lines().filter(l -> l.startsWith("retry " + "apt-get install") || l.startsWith("retry dnf install"))
                .map(l -> l.substring("retry ".length())).findFirst().orElseThrow();
    }

    private static String withoutInstall(String script) {
        return script.replace(install(script), "");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("platforms")
    void aBakedSitesBootsFetchNothingAndCheckTheImagesCode(OperatingSystem os, WebServer ws) {
        InstanceArtifacts a = Fixtures.render(baked(site(os, ws)));
        for (String script : List.of(a.webUserData(), a.stableUserData())) {
            assertEquals(List.of(), fetching(script));
            assertTrue(script.contains("step \"check code\""));
            assertTrue(script.contains("step \"mount moodledata\"") && script.contains("step \"runtime settings\""));
        }
        String bake = a.bakeScript().orElseThrow();
        assertFalse(fetching(bake).isEmpty());
        for (String boot : List.of("signal-resource", "secretsmanager", "mount -t efs", "$MOODLE_AWS_EFS_ID", "write-runtime.php")) {
            assertFalse(bake.contains(boot), "the bake does no per-node work: " + boot);
        }
        assertTrue(a.files().stream().anyMatch(f -> f.path().equals(BootFiles.BAKE_SCRIPT) && f.content().equals(bake)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("platforms")
    void installingAtBootRunsTheBakeStepsThenTheBootSteps(OperatingSystem os, WebServer ws) {
        Deployment d = site(os, ws);
        String bakeSteps = between(Fixtures.render(baked(d)).bakeScript().orElseThrow(),
                "log \"bake of the image for code $PIN\"", "log \"image baked\"");
        InstanceArtifacts a = Fixtures.render(d);
        assertTrue(a.bakeScript().isEmpty());
        String web = between(a.webUserData(), "log \"boot of the web node\"", "step \"mount moodledata\"");
        // The image also carries what only the stable node installs (cron on Amazon Linux).
        assertEquals(withoutInstall(bakeSteps), withoutInstall(web));
        assertEquals(Platform.of(d.moodle(), true).installCommand(), install(bakeSteps));
        assertFalse(fetching(a.stableUserData()).isEmpty());
        String baked = Fixtures.render(baked(d)).webUserData();
        assertEquals(a.webUserData().substring(a.webUserData().indexOf("step \"mount moodledata\"")),
                baked.substring(baked.indexOf("step \"mount moodledata\"")), "the boot steps are the same in both modes");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("platforms")
    void everyScriptMakesTheFolderOfItsHelpersBeforeItWritesThem(OperatingSystem os, WebServer ws) {
        Deployment noPlugins = Fixtures.deployment(m -> m.os(os).webServer(ws));
        InstanceArtifacts a = Fixtures.render(noPlugins);
        InstanceArtifacts b = Fixtures.render(baked(noPlugins));
        for (String script : List.of(a.webUserData(), a.stableUserData(), b.bakeScript().orElseThrow(), b.webUserData(),
                b.stableUserData())) {
            List<String> lines = script.lines().toList();
            int made = -1;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.matches("install -d( -m \\d+)? /usr/local/lib/moodle-aws")) {
                    made = made < 0 ? i : made;
                }
                if (l.matches("cat > /usr/local/lib/moodle-aws/.*") || l.matches("base64 -d > /usr/local/lib/moodle-aws/.*")) {
                    final int line = i;
                    assertTrue(made >= 0 && made < i, () -> "line " + line + " writes before the folder is made: " + lines.get(line));
                }
            }
        }
    }

    @Test
    void theImageKeepsTheWebServerOffUntilABootHasConfiguredTheNode() {
        String bake = Fixtures.render(baked(Fixtures.deployment())).bakeScript().orElseThrow();
        assertTrue(bake.contains("systemctl disable --now apache2"));
        assertFalse(bake.contains("systemctl enable"));
    }

    @Test
    void theRunbookExplainsTheImageLifecycleOfABakedSiteOnly() {
        String baked = Fixtures.render(baked(Fixtures.deployment())).files().stream()
                .filter(f -> f.path().equals(BootFiles.RUNBOOK)).findFirst().orElseThrow().content();
        assertTrue(baked.contains("## The nodes' image") && baked.contains("`BaseImageId`"), baked);
        assertTrue(Pattern.compile("may run at most\\s+60 minutes").matcher(baked).find(), baked);
        String atBoot = Fixtures.render(Fixtures.deployment()).files().stream()
                .filter(f -> f.path().equals(BootFiles.RUNBOOK)).findFirst().orElseThrow().content();
        assertFalse(atBoot.contains("## The nodes' image") || atBoot.contains("BaseImageId"));
    }

    @Test
    void anS3CodeSourceIsFetchedByTheBakeOnly() {
        Deployment d = baked(Fixtures.deployment(m -> m.code(CodeSource.builder().type(dev.moodleaws.core.model.CodeSourceType.S3).repository("s3://builds/moodle.tgz").build())));
        InstanceArtifacts a = Fixtures.render(d);
        assertTrue(a.bakeScript().orElseThrow().contains("fetch_code\n"));
        assertFalse(a.webUserData().contains("fetch_code\n"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("platforms")
    void theBakeScriptIsShellcheckClean(OperatingSystem os, WebServer ws, @TempDir Path dir) throws Exception {
        Tools.assumeInstalled("shellcheck");
        InstanceArtifacts a = Fixtures.render(baked(site(os, ws)));
        for (String[] s : List.of(new String[] {"bake.sh", a.bakeScript().orElseThrow()},
                new String[] {"web.sh", BootScriptTest.withExports(a.webUserData())},
                new String[] {"stable.sh", BootScriptTest.withExports(a.stableUserData())})) {
            Path file = dir.resolve(s[0]);
            Files.writeString(file, s[1]);
            Tools.Result r = Tools.run(List.of("shellcheck", "-s", "bash", file.toString()));
            assertEquals("", r.out().strip(), s[0]);
        }
    }
}
