package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.bundle.BootFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered plugin installation script on the type map and version of real Moodle release
 * trees (lib/components.json and version.php from ../shared/moodle), with a local_ plugin the test
 * builds, served from a local git repository and a local zip archive.
 */
class PluginInstallTest {
    /** The release archives: MOODLE_ARCHIVES, else the first shared/moodle folder up from the working directory. */
    static final Path ARCHIVES = archives();
    private static final String COMPONENT = "local_awsprobe";

    @BeforeAll
    static void tools() {
        for (String tool : List.of("php", "git", "unzip", "curl", "tar")) {
            Tools.assumeInstalled(tool);
        }
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.isDirectory(ARCHIVES), "CI needs the Moodle release archives in ../shared/moodle");
        }
        assumeTrue(Files.isDirectory(ARCHIVES), "no Moodle release archives found (set MOODLE_ARCHIVES)");
    }

    private static Path archives() {
        String named = System.getenv("MOODLE_ARCHIVES");
        if (named != null) {
            return Path.of(named).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/moodle"))) {
                return dir.resolve("shared/moodle");
            }
        }
        return Path.of("shared/moodle").toAbsolutePath();
    }

    /** lib/components.json and the core version.php of a release tree, the parts the script reads. */
    private static Path moodle(String release, Path dir) {
        Path root = dir.resolve("moodle-" + release);
        Path archive = ARCHIVES.resolve("moodle-" + release + "-notests.tar.xz");
        assertTrue(Files.isRegularFile(archive), archive + " is missing");
        String version = release.startsWith("5.") ? "./public/version.php" : "./version.php";
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Tools.Result r = Tools.run(List.of("tar", "-xJf", archive.toString(), "-C", root.toString(),
                "./lib/components.json", version));
        assertEquals(0, r.exit(), r.out());
        return root;
    }

    private static String versionPhp(long version, String requires, String supported) {
        return "<?php\ndefined('MOODLE_INTERNAL') || die();\n$plugin->component = '" + COMPONENT + "';\n$plugin->version = "
                + version + ";\n" + (requires == null ? "" : "$plugin->requires = " + requires + ";\n")
                + (supported == null ? "" : "$plugin->supported = " + supported + ";\n");
    }

    /** A git repository holding the plugin at its top level; returns the commit. */
    private static String commit(Path repo, String versionPhp) throws IOException {
        if (!Files.isDirectory(repo.resolve(".git"))) {
            git(repo.getParent(), "init", "-q", repo.getFileName().toString());
        }
        Files.writeString(repo.resolve("version.php"), versionPhp);
        Files.createDirectories(repo.resolve("lang/en"));
        Files.writeString(repo.resolve("lang/en/" + COMPONENT + ".php"), "<?php\n$string['pluginname'] = 'Probe';\n");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "version");
        return git(repo, "rev-parse", "HEAD").strip();
    }

    private static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Tools.Result r = Tools.run(command);
        assertEquals(0, r.exit(), r.out());
        return r.out();
    }

    /** A zip archive of the plugin's folder (named after the plugin); returns its SHA-256. */
    private static String zip(Path file, String versionPhp) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("awsprobe/"));
            z.putNextEntry(new ZipEntry("awsprobe/version.php"));
            z.write(versionPhp.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String script(MoodleVersion version, Plugin plugin) {
        Deployment d = Fixtures.deployment(m -> m.version(version).plugins(List.of(plugin)));
        return Fixtures.render(d).files().stream().filter(f -> f.path().equals(BootFiles.INSTALL_PLUGINS))
                .findFirst().orElseThrow().content();
    }

    private static Tools.Result run(String script, Path root, Path dir) throws IOException {
        return run(script, root, dir, "");
    }

    /** Runs the script with the plugin pins the stack hands to the boot scripts. */
    private static Tools.Result run(String script, Path root, Path dir, String pluginVersions) throws IOException {
        Path file = dir.resolve("install-plugins.sh");
        Files.writeString(file, script);
        return Tools.run(List.of("bash", file.toString(), root.toString()),
                Map.of("MOODLE_AWS_PLUGIN_STATE", dir.resolve("state").toString(),
                        "MOODLE_AWS_PLUGIN_VERSIONS", pluginVersions), dir);
    }

    @Test
    void aGitPluginOnABranchRunsTheCommitTheStackPinsHoweverTheBranchMoved(@TempDir Path dir) throws Exception {
        Path root = moodle("4.5.6", dir);
        Path repo = dir.resolve("awsprobe");
        String planned = commit(repo, versionPhp(2025010100L, "2024100700", null));
        git(repo, "branch", "-M", "stable");
        String moved = commit(repo, versionPhp(2025020100L, "2024100700", null));
        assertNotEquals(planned, moved);
        Plugin plugin = Plugin.builder().component(COMPONENT).git("file://" + repo).ref("stable").build();
        String script = script(MoodleVersion.V4_5, plugin);
        git(repo, "config", "uploadpack.allowAnySHA1InWant", "true");

        Tools.Result r = run(script, root, dir, "mod_other=" + "a".repeat(40) + " " + COMPONENT + "=" + planned);
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("installing git file://" + repo + " at " + planned), r.out());
        assertTrue(Files.readString(root.resolve("local/awsprobe/version.php")).contains("2025010100"),
                "the pinned commit, not the branch's head");

        Tools.Result upgraded = run(script, root, dir, COMPONENT + "=" + moved);
        assertEquals(0, upgraded.exit(), upgraded.out());
        assertTrue(Files.readString(root.resolve("local/awsprobe/version.php")).contains("2025020100"),
                "a new pin installs the new commit");
    }

    @Test
    void aGitPluginTheStackPinsNoCommitForStopsTheBootNamingIt(@TempDir Path dir) throws Exception {
        Path root = moodle("4.5.6", dir);
        Path repo = dir.resolve("awsprobe");
        commit(repo, versionPhp(2025010100L, "2024100700", null));
        Plugin plugin = Plugin.builder().component(COMPONENT).git("file://" + repo).ref("main").build();
        Tools.Result r = run(script(MoodleVersion.V4_5, plugin), root, dir, "mod_other=" + "a".repeat(40));
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("plugin local_awsprobe: the stack pins no commit of main for it (parameter PluginVersions)"),
                r.out());
        assertFalse(Files.exists(root.resolve("local/awsprobe")));
    }

    @Test
    void aGitPluginLandsInItsTypesFolderAndIsUpgradedWhenItsCommitChanges(@TempDir Path dir) throws Exception {
        Path root = moodle("4.5.6", dir);
        Path repo = dir.resolve("awsprobe");
        String first = commit(repo, versionPhp(2025010100L, "2024100700", "[405, 405]"));
        Plugin plugin = Plugin.builder().component(COMPONENT).git("file://" + repo).ref(first).build();
        Tools.Result r = run(script(MoodleVersion.V4_5, plugin), root, dir);
        assertEquals(0, r.exit(), r.out());
        Path installed = root.resolve("local/awsprobe/version.php");
        assertTrue(Files.readString(installed).contains("2025010100"), r.out());
        assertTrue(Files.isRegularFile(root.resolve("local/awsprobe/lang/en/local_awsprobe.php")));
        assertFalse(Files.exists(root.resolve("local/awsprobe/.git")), "no repository inside the code");

        Tools.Result again = run(script(MoodleVersion.V4_5, plugin), root, dir);
        assertEquals(0, again.exit(), again.out());
        assertFalse(again.out().contains("installing"), "a second run keeps what is in place: " + again.out());

        String second = commit(repo, versionPhp(2025020100L, "2024100700", "[405, 405]"));
        assertNotEquals(first, second);
        Tools.Result upgrade = run(script(MoodleVersion.V4_5, plugin.toBuilder().ref(second).build()), root, dir);
        assertEquals(0, upgrade.exit(), upgrade.out());
        assertTrue(Files.readString(installed).contains("2025020100"), "the new version replaces the old");
    }

    @Test
    void fromMoodle51APluginLandsUnderPublic(@TempDir Path dir) throws Exception {
        Path root = moodle("5.1.3", dir);
        String sha = zip(dir.resolve("awsprobe.zip"), versionPhp(2025010100L, "2025100600", "[501, 501]"));
        Plugin plugin = Plugin.builder().component(COMPONENT).zip("file://" + dir.resolve("awsprobe.zip")).sha256(sha).build();
        Tools.Result r = run(script(MoodleVersion.V5_1, plugin), root, dir);
        assertEquals(0, r.exit(), r.out());
        assertTrue(Files.isRegularFile(root.resolve("public/local/awsprobe/version.php")), r.out());
        assertFalse(Files.exists(root.resolve("local/awsprobe")));
    }

    @Test
    void aPluginRequiringNewerMoodleStopsTheBootNamingIt(@TempDir Path dir) throws Exception {
        Path root = moodle("4.5.6", dir);
        String commit = commit(dir.resolve("awsprobe"), versionPhp(2025010100L, "2025100600", null));
        Plugin plugin = Plugin.builder().component(COMPONENT).git("file://" + dir.resolve("awsprobe")).ref(commit).build();
        Tools.Result r = run(script(MoodleVersion.V4_5, plugin), root, dir);
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("plugin local_awsprobe: requires Moodle 2025100600, newer than this code (2024100706"), r.out());
        assertFalse(Files.exists(root.resolve("local/awsprobe")), "nothing is put in place");
    }

    @Test
    void aPluginOutsideItsSupportedBranchesStopsTheBoot(@TempDir Path dir) throws Exception {
        Path root = moodle("5.1.3", dir);
        String sha = zip(dir.resolve("awsprobe.zip"), versionPhp(2025010100L, "2024100700", "[404, 405]"));
        Plugin plugin = Plugin.builder().component(COMPONENT).zip("file://" + dir.resolve("awsprobe.zip")).sha256(sha).build();
        Tools.Result r = run(script(MoodleVersion.V5_1, plugin), root, dir);
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("plugin local_awsprobe: supports Moodle branches 404 to 405, not 501"), r.out());
    }

    @Test
    void anArchiveWithAnotherHashIsRefused(@TempDir Path dir) throws Exception {
        Path root = moodle("4.5.6", dir);
        zip(dir.resolve("awsprobe.zip"), versionPhp(2025010100L, null, null));
        String wrong = "0".repeat(64);
        Plugin plugin = Plugin.builder().component(COMPONENT).zip("file://" + dir.resolve("awsprobe.zip")).sha256(wrong).build();
        Tools.Result r = run(script(MoodleVersion.V4_5, plugin), root, dir);
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("plugin local_awsprobe: the archive's SHA-256 is not " + wrong), r.out());
        assertFalse(Files.exists(root.resolve("local/awsprobe")));
    }

    @Test
    void bothBootScriptsInstallThePluginsRightAfterTheCodeIsFetched() throws IOException {
        Deployment d = Fixtures.deployment(m -> m.plugins(List.of(Plugin.builder().component(COMPONENT)
                .git("https://example.org/awsprobe.git").ref("0123456789abcdef0123456789abcdef01234567").build())));
        InstanceArtifacts a = Fixtures.render(d);
        String installer = a.files().stream().filter(f -> f.path().equals(BootFiles.INSTALL_PLUGINS)).findFirst().orElseThrow().content();
        assertTrue(installer.contains("plugin 'local_awsprobe' 'git' 'https://example.org/awsprobe.git' '0123456789abcdef0123456789abcdef01234567'\n"));
        for (String script : List.of(a.webUserData(), a.stableUserData())) {
            int fetch = script.indexOf("\nfetch_code\n");
            int plugins = script.indexOf("bash /usr/local/lib/moodle-aws/install-plugins.sh \"$CODE_ROOT\"");
            assertTrue(fetch > 0 && plugins > fetch, "plugins after the code");
            assertTrue(plugins < script.indexOf("retry /usr/local/lib/moodle-aws/refresh-runtime.sh\n"), "and before anything reads the database");
            int start = script.indexOf("<<'MOODLE_AWS_BASE64'\n") + "<<'MOODLE_AWS_BASE64'\n".length();
            String base64 = script.substring(start, script.indexOf("\nMOODLE_AWS_BASE64\n", start));
            byte[] gz = Base64.getMimeDecoder().decode(base64);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                assertEquals(installer, new String(in.readAllBytes(), StandardCharsets.UTF_8), "the user data carries the script of the bundle");
            }
        }
        assertFalse(Fixtures.render(Fixtures.deployment()).stableUserData().contains("install-plugins.sh"));
    }
}
