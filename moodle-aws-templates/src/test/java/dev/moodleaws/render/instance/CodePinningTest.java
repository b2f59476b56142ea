package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.render.escape.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the code functions of the rendered boot scripts with bash: every node checks out exactly the
 * version the stack pins (MOODLE_AWS_CODE_VERSION), however the branch moved since the plan; the
 * stable node marks that version ready, and a web node serves only once it is, or gives up.
 */
class CodePinningTest {
    private static final String BRANCH = "MOODLE_405_STABLE";
    private static final List<String> FUNCTIONS = List.of(
            "log", "retry", "code_id", "fetch_code", "ready_value", "publish_ready", "await_ready");

    @TempDir
    Path dir;
    private Path bin;
    private Path ready;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void stubs() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        ready = Files.createDirectories(dir.resolve("efs")).resolve(BootModel.READY_FILE_NAME);
        // Retries wait with sleep: the stand-in returns at once so a failing fetch fails fast.
        stub("sleep", "exit 0\n");
        stub("systemctl", "echo \"systemctl $*\" >&2\n");
        stub("mount", "exit 0\n");
        Files.createDirectories(dir.resolve("tmp"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("TMPDIR", dir.resolve("tmp").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Release");
        env.put("GIT_AUTHOR_EMAIL", "release@example.org");
        env.put("GIT_COMMITTER_NAME", "Release");
        env.put("GIT_COMMITTER_EMAIL", "release@example.org");
        env.put("MOODLE_AWS_REGION", "eu-west-1");
    }

    private void stub(String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Deployment deployment(CodeSource code) {
        return Fixtures.deployment(m -> m.code(code));
    }

    /** The named function definitions and the code source variables, cut from a rendered script. */
    static String definitions(String script) {
        List<String> lines = script.lines().toList();
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("REF=") || line.startsWith("REPO=") || line.startsWith("CODE_ID=")
                    || line.startsWith("PIN=") || line.startsWith("READY_WAIT=")) {
                out.append(line).append('\n');
            }
        }
        for (String name : FUNCTIONS) {
            int start = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(name + "() {")) {
                    start = i;
                    break;
                }
            }
            assertTrue(start >= 0, "the script defines " + name);
            int end = start;
            if (!lines.get(start).endsWith("}")) {
                while (!lines.get(end).equals("}")) {
                    end++;
                }
            }
            out.append(String.join("\n", lines.subList(start, end + 1))).append('\n');
        }
        return out.toString();
    }

    /** Runs {@code steps} as one node would, with the script's functions and this node's paths. */
    private Tools.Result node(String script, String name, String steps) throws IOException {
        Path root = dir.resolve(name);
        String program = "set -euo pipefail\n" + definitions(script)
                + "CODE_ROOT=" + Escape.shell(root.resolve("code").toString()) + "\n"
                + "CODE_ID=" + Escape.shell(root.resolve("code-version").toString()) + "\n"
                + "READY=" + Escape.shell(ready.toString()) + "\n"
                + "DB_USER=moodle_app\n"
                + steps;
        Files.createDirectories(root);
        return Tools.run(List.of("timeout", "60", "bash", "-c", program), env, dir);
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=" + BRANCH));
        command.addAll(List.of(args));
        Tools.Result r = Tools.run(command, env, dir);
        assertEquals(0, r.exit(), command + "\n" + r.out());
        return r.out().strip();
    }

    /** Commits a version.php holding {@code version} to the branch of the origin and returns the commit. */
    private String release(String version) throws IOException {
        Files.writeString(dir.resolve("work/version.php"), "<?php $version = " + version + ";\n");
        git("-C", "work", "add", "version.php");
        git("-C", "work", "commit", "-q", "-m", "release " + version);
        git("-C", "work", "push", "-q", "origin", BRANCH);
        return git("-C", "work", "rev-parse", "HEAD");
    }

    private String gitOrigin() {
        git("init", "-q", "--bare", "origin.git");
        git("init", "-q", "work");
        git("-C", "work", "remote", "add", "origin", dir.resolve("origin.git").toUri().toString());
        return dir.resolve("origin.git").toUri().toString();
    }

    @Test
    void everyNodeRunsThePinnedCommitHoweverTheBranchMovedSinceThePlan() throws Exception {
        Tools.assumeInstalled("git");
        String origin = gitOrigin();
        String planned = release("1");
        String moved = release("2");
        assertNotEquals(planned, moved);
        InstanceArtifacts a = Fixtures.render(deployment(CodeSource.builder().repository(origin).build()));
        env.put("MOODLE_AWS_CODE_VERSION", planned);

        Tools.Result stable = node(a.stableUserData(), "stable", "fetch_code\npublish_ready\ncode_id\n");
        assertEquals(0, stable.exit(), stable.out());
        assertTrue(stable.out().strip().endsWith(planned), "a replaced stable node reinstalls what was planned: " + stable.out());
        assertEquals("ref=" + BRANCH + "\ncommit=" + planned + "\ndbuser=moodle_app\n", Files.readString(ready));

        Tools.Result web = node(a.webUserData(), "web", "fetch_code\nawait_ready\ncode_id\n");
        assertEquals(0, web.exit(), web.out());
        assertTrue(web.out().strip().endsWith(planned), web.out());
        assertEquals("<?php $version = 1;\n", Files.readString(dir.resolve("web/code/version.php")));

        Tools.Result again = node(a.webUserData(), "web", "fetch_code\ncode_id\n");
        assertTrue(again.out().strip().endsWith(planned), "a re-run keeps the checkout: " + again.out());
    }

    @Test
    void aWebNodeWaitsForTheStableNodeToMarkItsOwnVersionAndGivesUpAfterTheBound() throws Exception {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        String mine = "2222222222222222222222222222222222222222";
        env.put("MOODLE_AWS_CODE_VERSION", mine);
        env.put("MOODLE_AWS_READY_POLL_SECONDS", "0");
        Files.writeString(ready, "ref=" + BRANCH + "\ncommit=1111111111111111111111111111111111111111\n");

        Tools.Result old = node(a.webUserData(), "web", "READY_WAIT=1\nawait_ready\necho serving\n");
        assertNotEquals(0, old.exit(), old.out());
        assertTrue(old.out().contains(mine + " not marked ready within 1 s"), old.out());
        assertFalse(old.out().contains("serving"), "no web node serves code the database was not upgraded for");

        Files.writeString(ready, "ref=" + BRANCH + "\ncommit=" + mine + "\n");
        Tools.Result before = node(a.webUserData(), "web", "READY_WAIT=1\nawait_ready\necho serving\n");
        assertNotEquals(0, before.exit(), "a marker from before Moodle had its own database user: " + before.out());

        Files.writeString(ready, "ref=" + BRANCH + "\ncommit=" + mine + "\ndbuser=moodle_app\n");
        Tools.Result ok = node(a.webUserData(), "web", "READY_WAIT=1\nawait_ready\necho serving\n");
        assertEquals(0, ok.exit(), ok.out());
        assertTrue(ok.out().contains("serving"), ok.out());
        assertTrue(Fixtures.render(Fixtures.deployment()).webUserData().contains("\nREADY_WAIT="
                + dev.moodleaws.render.BootTimes.readyWaitSeconds(Fixtures.deployment()) + "\n"), "the bound comes from the descriptor");
    }

    @Test
    void theReadyFileTheStableSideWritesIsWhatTheWebSideParses() throws Exception {
        String ref = "release 4.5 'x' $(touch pwned) ref=y";
        String commit = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
        InstanceArtifacts a = Fixtures.render(deployment(CodeSource.builder().ref(ref).build()));
        env.put("MOODLE_AWS_CODE_VERSION", commit);

        Tools.Result stable = node(a.stableUserData(), "stable", "publish_ready\n");
        assertEquals(0, stable.exit(), stable.out());
        assertEquals("ref=" + ref + "\ncommit=" + commit + "\ndbuser=moodle_app\n", Files.readString(ready), "one key=value line each");
        try (var left = Files.list(ready.getParent())) {
            assertEquals(List.of(ready), left.toList(), "the temporary file was moved into place");
        }

        Tools.Result web = node(a.webUserData(), "web", "ready_value ref\nready_value commit\n");
        assertEquals(0, web.exit(), web.out());
        assertEquals(ref + "\n" + commit + "\n", web.out());
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    /** A gzipped tar of one top folder holding version.php, as a release archive is laid out. */
    private Path archive(String name, String version) throws Exception {
        Path top = Files.createDirectories(dir.resolve("src-" + name + "/moodle"));
        Files.writeString(top.resolve("version.php"), "<?php $version = " + version + ";\n");
        Path tgz = dir.resolve(name + ".tgz");
        Tools.Result r = Tools.run(List.of("tar", "-czf", tgz.toString(), "-C", top.getParent().toString(), "moodle"), env, dir);
        assertEquals(0, r.exit(), r.out());
        return tgz;
    }

    @Test
    void anArchiveIsFetchedAtThePinnedVersionOrWithThePinnedEtagOnly() throws Exception {
        Path installed = archive("first", "1");
        // aws s3api get-object --region R --bucket B --key K (--version-id V | --if-match E) TARGET
        stub("aws", "echo \"aws $*\" >&2\n[ \"$1 $2 $6 $8\" = \"s3api get-object code-bucket builds/moodle.tgz\" ] || exit 1\n"
                + "case \"$9 ${10}\" in \"--version-id v-4711\"|\"--if-match 9b2cf535f27731c974343645a3985328\") cp \"$ARCHIVE\" \"${11}\" ;;"
                + " *) echo 'PreconditionFailed' >&2; exit 255 ;; esac\n");
        InstanceArtifacts a = Fixtures.render(deployment(CodeSource.builder().type(CodeSourceType.S3)
                .repository("s3://code-bucket/builds/moodle.tgz").build()));
        env.put("ARCHIVE", installed.toString());

        env.put("MOODLE_AWS_CODE_VERSION", "v-4711");
        Tools.Result versioned = node(a.stableUserData(), "stable", "fetch_code\npublish_ready\ncode_id\n");
        assertEquals(0, versioned.exit(), versioned.out());
        assertEquals("<?php $version = 1;\n", Files.readString(dir.resolve("stable/code/version.php")));
        assertEquals("ref=" + BRANCH + "\ncommit=v-4711\ndbuser=moodle_app\n", Files.readString(ready));

        env.put("MOODLE_AWS_CODE_VERSION", "etag:9b2cf535f27731c974343645a3985328");
        Tools.Result etag = node(a.webUserData(), "web-etag", "fetch_code\necho fetched\n");
        assertEquals(0, etag.exit(), etag.out());
        assertTrue(etag.out().contains("--if-match 9b2cf535f27731c974343645a3985328"), etag.out());

        env.put("MOODLE_AWS_CODE_VERSION", "etag:0000");
        Tools.Result changed = node(a.webUserData(), "web-changed", "fetch_code\necho fetched\n");
        assertNotEquals(0, changed.exit(), "an archive replaced since the plan is refused: " + changed.out());
        assertFalse(changed.out().contains("fetched"), changed.out());
    }

    @Test
    void theArchiveVariantIsShellcheckCleanAndFitsTheUserDataLimit() throws Exception {
        Tools.assumeInstalled("shellcheck");
        InstanceArtifacts a = Fixtures.render(deployment(CodeSource.builder().type(CodeSourceType.S3)
                .repository("s3://code-bucket/moodle.tgz").build()));
        int budget = BootFiles.USER_DATA_LIMIT_BYTES - BootFiles.EXPORTS_ALLOWANCE_BYTES;
        for (String script : List.of(a.webUserData(), a.stableUserData())) {
            Path file = dir.resolve("script.sh");
            Files.writeString(file, BootScriptTest.withExports(script));
            Tools.Result r = Tools.run(List.of("shellcheck", "-s", "bash", file.toString()));
            assertEquals(0, r.exit(), r.out());
            int bytes = BootScriptTest.carried(BootFiles.WEB_USER_DATA, script);
            System.out.printf("user data with an S3 archive, as carried (compressed): %d bytes, limit %d%n", bytes, budget);
            assertTrue(bytes <= budget, bytes + " bytes");
        }
    }

    @Test
    void theStablePublishesAfterTheUpgradeAndWebNodesServeOnlyAfterTheirVersionIsReady() {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        String stable = a.stableUserData();
        assertTrue(stable.indexOf("\npublish_ready\n") > stable.indexOf("upgrade.php\" --non-interactive"), stable);
        assertTrue(stable.indexOf("\npublish_ready\n") > stable.indexOf("purge_caches.php"), stable);
        String web = a.webUserData();
        int pinned = web.indexOf("\nawait_ready\n");
        assertTrue(pinned > web.indexOf("\nfetch_code\n"), web);
        assertTrue(pinned >= 0 && pinned < web.indexOf("systemctl enable --now apache2"), web);
    }
}
