package dev.moodleaws.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line gives the validate and render goals' reports and verdicts, as exit codes. */
class MainTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validatePassesAValidSiteAndWritesTheReports(@TempDir Path dir) {
        Run r = run("validate", EXAMPLES.resolve("quickstart/moodle-aws.yaml").toString(), "-o", dir.toString());
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("moodle-aws: 0 errors"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("validation.sarif")) && Files.isRegularFile(dir.resolve("validation.json")));
    }

    @Test
    void validateFailsTheGuideLiteralSiteWithRuleIdsAtTheirLinesAndNoSecret(@TempDir Path dir) throws Exception {
        Run r = run("validate", EXAMPLES.resolve("ci-validation/moodle-aws.yaml").toString(), "-o", dir.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.out().contains("moodle-aws.yaml:6:12: error MOODLE-004"), r.out());
        assertTrue(r.out().contains("moodle-aws.yaml:17:13: error SEC-001"), r.out());
        assertTrue(r.err().contains("validation found 11 errors"), r.err());
        assertFalse((r.out() + r.err()).contains("hunter2"));
        assertTrue(Files.readString(dir.resolve("validation.sarif")).contains("\"ruleId\" : \"SEC-001\"")
                || Files.readString(dir.resolve("validation.sarif")).contains("\"ruleId\":\"SEC-001\""));
    }

    @Test
    void warningsFailOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve("moodle-aws.yaml");
        Files.writeString(descriptor, Files.readString(EXAMPLES.resolve("quickstart/moodle-aws.yaml"))
                + "web:\n  capacityRebalance: false\n");
        assertEquals(Main.OK, run("validate", descriptor.toString(), "-o", dir.resolve("a").toString()).code());
        Run strict = run("validate", descriptor.toString(), "-o", dir.resolve("b").toString(), "--fail-on-warning");
        assertEquals(Main.FAILED, strict.code());
        assertTrue(strict.err().contains("(--fail-on-warning)"), strict.err());
    }

    @Test
    void renderWritesTheBundleOrNothing(@TempDir Path dir) {
        Run ok = run("render", EXAMPLES.resolve("quickstart/moodle-aws.yaml").toString(), "-o", dir.resolve("ok").toString());
        assertEquals(Main.OK, ok.code(), ok.out() + ok.err());
        assertTrue(Files.isRegularFile(dir.resolve("ok/cloudformation.yaml")));
        Run refused = run("render", EXAMPLES.resolve("ci-validation/moodle-aws.yaml").toString(), "-o",
                dir.resolve("refused").toString());
        assertEquals(Main.FAILED, refused.code());
        assertTrue(refused.err().contains("nothing was rendered"), refused.err());
        assertFalse(Files.exists(dir.resolve("refused/cloudformation.yaml")));
    }

    @Test
    void placeholdersComeFromDefinitions(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve("site.yaml");
        Files.writeString(descriptor, Files.readString(EXAMPLES.resolve("quickstart/moodle-aws.yaml"))
                .replace("name: campus", "name: ${site.name}"));
        assertEquals(Main.FAILED, run("validate", descriptor.toString(), "-o", dir.resolve("a").toString()).code());
        Run r = run("validate", descriptor.toString(), "-Dsite.name=campus", "-o", dir.resolve("b").toString());
        assertEquals(Main.OK, r.code(), r.out() + r.err());
    }

    @Test
    void aMissingDescriptorFailsAndABadCommandLineIsAUsageError(@TempDir Path dir) {
        Run missing = run("validate", dir.resolve("nothing.yaml").toString());
        assertEquals(Main.FAILED, missing.code());
        assertTrue(missing.err().contains("no descriptor at"), missing.err());
        assertEquals(Main.USAGE, run().code());
        assertEquals(Main.USAGE, run("deploy").code());
        assertEquals(Main.USAGE, run("validate", "--colour").code());
        assertEquals(Main.USAGE, run("validate", "a.yaml", "b.yaml").code());
        assertEquals(Main.OK, run("help").code());
        Run rules = run("rules");
        assertEquals(Main.OK, rules.code());
        assertTrue(rules.out().contains("AWS-001"), rules.out());
    }

    @Test
    void anUnreadableDescriptorRewritesTheReportsAndKeepsTheRenderedFiles(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve("moodle-aws.yaml");
        Path output = dir.resolve("out");
        Files.copy(EXAMPLES.resolve("quickstart/moodle-aws.yaml"), descriptor);
        assertEquals(Main.OK, run("render", descriptor.toString(), "-o", output.toString()).code());
        String template = Files.readString(output.resolve("cloudformation.yaml"));
        assertTrue(Files.readString(output.resolve("validation.json")).contains("\"summary\""), "render writes the reports");

        Files.writeString(descriptor, "name: [campus\n");
        for (String command : new String[] {"validate", "render"}) {
            Run broken = run(command, descriptor.toString(), "-o", output.toString());
            assertEquals(Main.FAILED, broken.code(), command);
            JsonNode report = new ObjectMapper().readTree(output.resolve("validation.json").toFile());
            assertEquals("READ-001", report.get("findings").get(0).get("ruleId").asText(), report.toString());
            assertTrue(Files.readString(output.resolve("validation.sarif")).contains("READ-001"));
            assertEquals(template, Files.readString(output.resolve("cloudformation.yaml")), command + " kept the template");
            Files.writeString(output.resolve("validation.json"), "{}");
        }

        Run folder = run("validate", dir.toString(), "-o", output.toString());
        assertEquals(Main.FAILED, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertTrue(Files.readString(output.resolve("validation.json")).contains("READ-001"));
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");
        Run r = run("validate", EXAMPLES.resolve("quickstart/moodle-aws.yaml").toString(), "-o", file.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("cannot write the reports into " + file + ": " + file + " is a file, not a folder;"
                + " name a folder with -o"), r.err());
    }
}
