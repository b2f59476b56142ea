package dev.moodleaws.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.validate.artifact.TemplateTree;
import dev.moodleaws.render.stack.LogicalIds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class RenderMojoTest {

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "render")
    void writesTheBundle(RenderMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART);

        mojo.execute();

        Path template = dir.resolve("target/moodle-aws/cloudformation.yaml");
        TemplateTree tree = TemplateTree.parse(Files.readString(template));
        assertEquals("AWS::RDS::DBCluster", TemplateTree.type(tree.resources().get(LogicalIds.DATABASE_CLUSTER)).orElseThrow());
        assertTrue(log.has("INFO", "cloudformation.yaml"), log.text());
        assertTrue(log.has("INFO", "moodle-aws: rendered into " + dir.resolve("target/moodle-aws")), log.text());
    }

    @Test
    @InjectMojo(goal = "render")
    void refusesOnErrorsWritingOnlyTheReports(RenderMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.HTTP_SITE);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("moodle-aws: validation found 1 error"), e.getMessage());
        assertTrue(log.has("ERROR", "MOODLE-004"), log.text());
        assertFalse(Files.exists(dir.resolve("target/moodle-aws/cloudformation.yaml")), "no bundle is written");
        assertTrue(Files.readString(dir.resolve("target/moodle-aws/validation.sarif")).contains("MOODLE-004"),
                "the reports say why render refused");
    }

    @Test
    @InjectMojo(goal = "render")
    void aDescriptorThatCannotBeReadKeepsTheRenderedFilesAndReplacesTheReports(RenderMojo mojo) throws Exception {
        Sites.prepare(mojo, dir, Sites.QUICKSTART);
        mojo.execute();
        Path template = dir.resolve("target/moodle-aws/cloudformation.yaml");
        String rendered = Files.readString(template);
        Files.writeString(dir.resolve("moodle-aws.yaml"), "name: [campus\n");

        assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(rendered, Files.readString(template), "the last rendered template stays as it was");
        assertTrue(Files.readString(dir.resolve("target/moodle-aws/validation.json")).contains("READ-001"));
        assertTrue(Files.readString(dir.resolve("target/moodle-aws/validation.sarif")).contains("READ-001"));
    }
}
