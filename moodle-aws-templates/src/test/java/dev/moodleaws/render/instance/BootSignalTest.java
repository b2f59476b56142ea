package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.render.StackContract;
import java.io.IOException;
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
 * Runs the signalling of the rendered boot scripts with bash, with stand-ins for curl (the instance
 * metadata) and the aws CLI: every boot ends in exactly one signal to its own group, SUCCESS when the
 * script ran to its end, FAILURE naming the step otherwise.
 */
class BootSignalTest {
    @TempDir
    Path dir;
    private Path calls;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void stubs() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.log");
        stub(bin, "curl", "case \"$*\" in *api/token*) echo token-1;; *instance-id*) echo i-0123456789abcdef0;; *) exit 22;; esac\n");
        stub(bin, "aws", "printf '%s|' \"$@\" >> '" + calls + "'; echo >> '" + calls + "'\n");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("MOODLE_AWS_REGION", "eu-west-1");
        env.put("MOODLE_AWS_STACK", "campus");
        env.put("MOODLE_AWS_CODE_VERSION", "0123456789abcdef0123456789abcdef01234567");
    }

    private static void stub(Path bin, String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The script's signalling: from {@code STEP=start} to the trap, as rendered, then {@code steps}. */
    private Tools.Result boot(String script, String steps) {
        List<String> lines = script.lines().toList();
        StringBuilder program = new StringBuilder("set -euo pipefail\n");
        lines.stream().filter(l -> l.startsWith("log() {")).forEach(l -> program.append(l).append('\n'));
        int from = lines.indexOf("STEP=start");
        int to = lines.indexOf("trap boot_exit EXIT");
        assertTrue(from >= 0 && to > from, "the script sets its trap");
        lines.subList(from, to + 1).forEach(l -> program.append(l).append('\n'));
        program.append(steps);
        return Tools.run(List.of("bash", "-c", program.toString()), env, dir);
    }

    private List<List<String>> signals() throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (Files.exists(calls)) {
            for (String line : Files.readAllLines(calls)) {
                out.add(List.of(line.split("\\|")));
            }
        }
        return out;
    }

    private static List<String> signal(String group, String status, String id) {
        return List.of("cloudformation", "signal-resource", "--region", "eu-west-1", "--stack-name", "campus",
                "--logical-resource-id", group, "--status", status, "--unique-id", id);
    }

    @Test
    void aBootThatRunsToItsEndSignalsSuccessOnceToItsOwnGroup() throws IOException {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        Tools.Result r = boot(a.stableUserData(), "step caches\nstep \"publish ready\"\ntrue\n");
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of(signal(StackContract.STABLE_GROUP, "SUCCESS", "i-0123456789abcdef0")), signals());

        Files.delete(calls);
        assertEquals(0, boot(a.webUserData(), "step serve\n").exit());
        assertEquals(List.of(signal(StackContract.WEB_GROUP, "SUCCESS", "i-0123456789abcdef0")), signals());
    }

    @Test
    void aFailingStepEndsTheBootWithOneFailureNamingIt() throws IOException {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        Tools.Result r = boot(a.stableUserData(), "step \"upgrade check\"\nfalse\nstep \"publish ready\"\necho never\n");
        assertNotEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("boot failed at step: upgrade check (exit code 1)"), r.out());
        assertTrue(!r.out().contains("never"), r.out());
        assertEquals(List.of(signal(StackContract.STABLE_GROUP, "FAILURE", "i-0123456789abcdef0 failed at upgrade check")),
                signals());
    }

    @Test
    void anExplicitExitAndAFailingCommandSubstitutionSignalFailureToo() throws IOException {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        boot(a.webUserData(), "step \"wait for the stable node\"\nexit 3\n");
        boot(a.webUserData(), "step \"database state\"\nstate=$(false)\necho \"$state\"\n");
        assertEquals(List.of(signal(StackContract.WEB_GROUP, "FAILURE", "i-0123456789abcdef0 failed at wait for the stable node"),
                signal(StackContract.WEB_GROUP, "FAILURE", "i-0123456789abcdef0 failed at database state")), signals());
    }

    @Test
    void withoutAnyStackToSignalTheBootStillEndsAndSaysSo() throws IOException {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        stub(dir.resolve("bin"), "aws", "exit 254\n");
        Tools.Result r = boot(a.webUserData(), "step serve\n");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("no stack waits for this signal"), r.out());
    }
}
