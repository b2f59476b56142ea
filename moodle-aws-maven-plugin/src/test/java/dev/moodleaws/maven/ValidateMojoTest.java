package dev.moodleaws.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class ValidateMojoTest {

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "validate")
    void quickstartPassesAndWritesJsonAndSarif(ValidateMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART);

        mojo.execute();

        Path out = dir.resolve("target/moodle-aws");
        ObjectMapper json = new ObjectMapper();
        JsonNode sarif = json.readTree(out.resolve("validation.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(json.readTree(out.resolve("validation.json").toFile()).isObject());
        assertTrue(log.has("INFO", "moodle-aws: 0 errors"), log.text());
        assertFalse(log.has("ERROR", ""), log.text());
    }

    @Test
    @InjectMojo(goal = "validate")
    void errorsFailTheBuildAfterTheReportsAreWritten(ValidateMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.HTTP_SITE);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("moodle-aws: validation found 1 error"), e.getMessage());
        assertTrue(log.has("ERROR", "moodle-aws.yaml:4:12: error MOODLE-004"), log.text());
        String sarif = Files.readString(dir.resolve("target/moodle-aws/validation.sarif"));
        assertTrue(sarif.contains("MOODLE-004"), "the SARIF report lists the finding for code scanning");
    }

    @Test
    @InjectMojo(goal = "validate")
    void warningsPassUnlessFailOnWarning(ValidateMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.ONE_INSTANCE_TYPE);

        mojo.execute();
        assertTrue(log.has("WARN", "warning FLEET-003"), log.text());

        mojo.failOnWarning = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("(moodle-aws.failOnWarning=true)"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(ValidateMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.HTTP_SITE);

        mojo.execute();

        assertTrue(log.has("INFO", "skipped (moodle-aws.skip=true)"), log.text());
        assertFalse(Files.exists(dir.resolve("target/moodle-aws")));
    }

    @Test
    @InjectMojo(goal = "validate")
    void missingDescriptorSaysWhereToPutOne(ValidateMojo mojo) {
        Sites.prepareWithoutDescriptor(mojo, dir);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("no descriptor at"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmoodle-aws.descriptor=<file>"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate")
    void aDescriptorThatCannotBeReadReplacesTheLastReports(ValidateMojo mojo) throws Exception {
        Sites.prepare(mojo, dir, Sites.QUICKSTART);
        mojo.execute();
        Path sarif = dir.resolve("target/moodle-aws/validation.sarif");
        Path json = dir.resolve("target/moodle-aws/validation.json");
        Files.writeString(dir.resolve("moodle-aws.yaml"), Sites.QUICKSTART.replace("https://learn.example.org", "\"https://x\\e[2K\""));

        assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(Files.readString(sarif).contains("READ-001"), "the SARIF report names the reader problem");
        String report = Files.readString(json);
        assertTrue(report.contains("READ-001") && report.contains("holds the control character U+001B"), report);
        assertFalse(report.contains("\u001b[2K") && !report.contains("\\u001b"), report);
    }

    @Test
    @InjectMojo(goal = "validate")
    void aFolderGivenAsTheDescriptorIsNamedAsAFolder(ValidateMojo mojo) throws Exception {
        Sites.prepare(mojo, dir, Sites.QUICKSTART);
        mojo.descriptor = dir.toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate")
    void anOutputFolderThatIsAFileIsNamedAsAFile(ValidateMojo mojo) throws Exception {
        Sites.prepare(mojo, dir, Sites.QUICKSTART);
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/moodle-aws"), "not a folder");

        Exception e = assertThrows(Exception.class, mojo::execute);

        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }
}
