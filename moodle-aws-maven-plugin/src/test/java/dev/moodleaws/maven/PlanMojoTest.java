package dev.moodleaws.maven;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.RecordedRequest;
import dev.moodleaws.render.stack.LogicalIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class PlanMojoTest {

    static final String DB = LogicalIds.DATABASE_CLUSTER;
    static final Map<String, String> RESOURCES = Map.of(DB, "AWS::RDS::DBCluster",
            "FileSystem", "AWS::EFS::FileSystem", "WebFleet", "AWS::AutoScaling::AutoScalingGroup");

    @RegisterExtension
    final FakeAws aws = new FakeAws();

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "plan")
    void listsTheChangesOfANewStackAndLeavesNothingBehind(PlanMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART + "tags:\n  team: learning\n");
        aws.connect(mojo);
        FakeCloudFormation fake = aws.cloudFormation;
        fake.nextChangeSet(script().add(DB, "AWS::RDS::DBCluster").add("WebFleet", "AWS::AutoScaling::AutoScalingGroup"));

        mojo.execute();

        assertTrue(Files.isRegularFile(dir.resolve("target/moodle-aws/cloudformation.yaml")), "the bundle is written");
        RecordedRequest create = fake.requests("CreateChangeSet").get(0);
        assertEquals("campus", create.param("StackName"), "the stack is named after the descriptor");
        assertEquals("CREATE", create.param("ChangeSetType"));
        assertEquals(List.of("CAPABILITY_IAM"), create.list("Capabilities"));
        assertEquals("team", create.param("Tags.member.1.Key"));
        assertEquals("learning", create.param("Tags.member.1.Value"));
        assertEquals(List.of("CodeVersion", "0123456789abcdef0123456789abcdef01234567"),
                List.of(create.param("Parameters.member.1.ParameterKey"), create.param("Parameters.member.1.ParameterValue")),
                "the stack pins the commit the ref points at now");
        assertTrue(log.has("INFO", "  parameter CodeVersion: 0123456789abcdef0123456789abcdef01234567 (new)"), log.text());
        assertTrue(log.has("INFO", "  parameter WebImageId: ami-0123456789abcdef0 (new)"), log.text());
        String url = create.param("TemplateURL");
        assertTrue(fake.s3Object(FakeAws.BUCKET, url.substring(url.lastIndexOf('/') + 1))
                .contains(Files.readString(dir.resolve("target/moodle-aws/cloudformation.yaml"))), url);
        assertTrue(log.has("INFO", "ADD " + DB + " (AWS::RDS::DBCluster) will be added [holds data: "), log.text());
        assertTrue(log.has("INFO", "ADD WebFleet (AWS::AutoScaling::AutoScalingGroup) will be added"), log.text());
        assertTrue(log.has("INFO", "plan for stack campus (CREATE): 2 changes: 2 to add, 0 to modify"), log.text());
        assertTrue(log.has("INFO", "estimated cost: ") && log.has("INFO", " USD a month ("), "plan prints the cost: " + log.text());
        assertEquals(0, fake.count("ExecuteChangeSet"));
        assertEquals(1, fake.count("DeleteStack"), "the empty stack of a CREATE change set is removed");
    }

    @Test
    @InjectMojo(goal = "plan")
    void failsTheBuildOnARefusedDatabaseReplacement(PlanMojo mojo) throws Exception {
        CapturingLog log = aws.quickstart(mojo, dir);
        FakeCloudFormation fake = aws.cloudFormation;
        fake.existingStack("campus", "UPDATE_COMPLETE", RESOURCES, Map.of());
        fake.nextChangeSet(script().modify(DB, "AWS::RDS::DBCluster", "True")
                .modify("WebFleet", "AWS::AutoScaling::AutoScalingGroup", "True"));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("moodle-aws: Refusing to update stack campus"), e.getMessage());
        assertTrue(e.getMessage().contains(DB + " (AWS::RDS::DBCluster) would be REPLACED"), e.getMessage());
        assertFalse(e.getMessage().contains("WebFleet"), "a replaced web fleet loses no data");
        assertTrue(e.getMessage().contains("-Dmoodle-aws.allowReplacement=" + DB), e.getMessage());
        assertTrue(log.has("INFO", "(UPDATE): 2 changes: 0 to add, 2 to modify (2 by replacement)"), log.text());
        assertEquals(1, fake.count("DeleteChangeSet"));
        assertEquals(0, fake.count("ExecuteChangeSet"));
        assertEquals(RESOURCES, fake.stack("campus").resources());
    }

    @Test
    @InjectMojo(goal = "plan")
    void anAllowedReplacementPassesWithAWarning(PlanMojo mojo) throws Exception {
        CapturingLog log = aws.quickstart(mojo, dir);
        aws.cloudFormation.existingStack("moodle-test", "UPDATE_COMPLETE", RESOURCES, Map.of());
        aws.cloudFormation.nextChangeSet(script().modify(DB, "AWS::RDS::DBCluster", "True")
                .remove("FileSystem", "AWS::EFS::FileSystem"));
        mojo.stackName = "moodle-test";
        mojo.allowReplacement = " FileSystem, " + DB + " ";

        mojo.execute();

        assertTrue(log.has("WARN", "a deploy would destroy " + DB + ", FileSystem, allowed by"), log.text());
        assertTrue(log.has("INFO", "REMOVE FileSystem (AWS::EFS::FileSystem) would be REMOVED"), log.text());
        assertEquals(0, aws.cloudFormation.count("ExecuteChangeSet"));
    }

    @Test
    @InjectMojo(goal = "plan")
    void noChangesIsSaidPlainly(PlanMojo mojo) throws Exception {
        CapturingLog log = aws.quickstart(mojo, dir);
        aws.cloudFormation.existingStack("campus", "CREATE_COMPLETE", RESOURCES, Map.of());
        aws.cloudFormation.nextChangeSet(script().noChanges());

        mojo.execute();

        assertTrue(log.has("INFO", "plan for stack campus: no changes."), log.text());
    }

    @Test
    @InjectMojo(goal = "plan")
    void aStackNameCloudFormationWouldRejectSaysWhereItCameFrom(PlanMojo mojo) throws Exception {
        aws.quickstart(mojo, dir);
        mojo.stackName = "9lives";

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("stack name '9lives' must start with a letter"), e.getMessage());
        assertEquals(0, aws.cloudFormation.requests().size());
    }
}
