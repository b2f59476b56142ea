package dev.moodleaws.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootPayloadTest {
    private static final String BODY = """
            set -euo pipefail
            cat > "$OUT" <<'EOF'
            a here-document with 'quotes', $dollars, `backticks` and a trailing tab\t
            EOF
            case $- in *x*) echo traced >> "$OUT" ;; *) echo untraced >> "$OUT" ;; esac
            echo "exported: $MOODLE_AWS_REGION" >> "$OUT"
            """;

    @TempDir
    Path dir;

    @Test
    void bashUnpacksTheBodyByteForByteAndRunsIt() throws Exception {
        Path out = dir.resolve("out");
        Run run = run("bash", out);
        assertEquals(0, run.exitCode(), run.output());
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("boot.sh")));
        assertEquals(List.of("a here-document with 'quotes', $dollars, `backticks` and a trailing tab\t",
                "untraced", "exported: eu-west-1"), Files.readAllLines(out));
        assertEquals("", Files.getPosixFilePermissions(dir.resolve("boot.sh")).stream()
                .filter(p -> !p.name().startsWith("OWNER")).map(Enum::name).reduce("", String::concat));
    }

    @Test
    void userDataRunTracedRunsTheBodyTraced() throws Exception {
        Path out = dir.resolve("out");
        Run run = run("bash -x", out);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.readAllLines(out).contains("traced"));
    }

    @Test
    void theSameScriptAlwaysGivesTheSameUserData() {
        assertEquals(BootPayload.wrap("x.sh", BODY), BootPayload.wrap("x.sh", BODY));
        assertTrue(BootPayload.wrap("x.sh", BODY).lines().allMatch(l -> l.length() <= 100));
    }

    @Test
    void theCarriedSizeCountsTheWrapperAndTheFirstLine() {
        String script = "#!/bin/bash\n" + BODY;
        assertEquals(("#!/bin/bash\n" + BootPayload.wrap("x.sh", BODY)).length(),
                BootPayload.wrappedSize("x.sh", script));
    }

    @Test
    void unpackingGivesTheHeaderThenTheBody() {
        String header = "#!/bin/bash\nexport MOODLE_AWS_REGION='eu-west-1'\n";
        assertEquals(header + BODY, BootPayload.unpack(header + BootPayload.wrap("instances/web-user-data.sh", BODY)));
        assertEquals("#!/bin/bash\necho plain\n", BootPayload.unpack("#!/bin/bash\necho plain\n"));
        String cut = (header + BootPayload.wrap("x.sh", BODY)).replace("\nMOODLE_AWS_BOOT_GZ\n", "\n");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BootPayload.unpack(cut));
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String shell, Path out) throws IOException, InterruptedException {
        String userData = "#!/bin/bash\nexport MOODLE_AWS_REGION='eu-west-1'\nexport OUT='" + out + "'\n"
                + BootPayload.wrap("instances/web-user-data.sh", BODY)
                        .replace("install -d -m 0755 /usr/local/lib/moodle-aws\n", "")
                        .replace(BootPayload.UNPACKED_PATH, dir.resolve("boot.sh").toString());
        Path script = dir.resolve("user-data");
        Files.writeString(script, userData);
        List<String> command = new java.util.ArrayList<>(List.of(shell.split(" ")));
        command.add(script.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
