package dev.moodleaws.maven;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.DeployConfigurationException;
import dev.moodleaws.core.deploy.DeployPhase;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeStack;
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
import software.amazon.awssdk.core.exception.SdkClientException;

@MojoTest
class DeployMojoTest {

    private static final String DB = PlanMojoTest.DB;
    private static final Map<String, String> RESOURCES = PlanMojoTest.RESOURCES;

    @RegisterExtension
    final FakeAws aws = new FakeAws();

    @TempDir
    Path dir;

    private CapturingLog prepare(DeployMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART);
        aws.connect(mojo);
        return log;
    }

    @Test
    @InjectMojo(goal = "deploy")
    void createsTheStackStreamsItsEventsAndLogsTheSiteUrl(DeployMojo mojo) throws Exception {
        CapturingLog log = prepare(mojo);
        FakeCloudFormation fake = aws.cloudFormation;
        fake.nextChangeSet(script().add(DB, "AWS::RDS::DBCluster").add("WebFleet", "AWS::AutoScaling::AutoScalingGroup")
                .output("LoadBalancerDns", "campus-123.eu-west-1.elb.amazonaws.com")
                .output("SiteUrl", "https://learn.example.org"));

        mojo.execute();

        FakeStack stack = fake.stack("campus");
        assertEquals("CREATE_COMPLETE", stack.status());
        assertTrue(stack.terminationProtection(), "a new stack is protected by default");
        assertTrue(stack.stackPolicy().contains("Update:Replace"), "its data is protected by a stack policy");
        assertTrue(log.has("INFO", "Executing change set on campus (2 resource change(s))"), log.text());
        assertTrue(log.has("INFO", "CREATE_COMPLETE " + DB + " (AWS::RDS::DBCluster)"), "events stream: " + log.text());
        List<String> outputs = log.lines.stream().filter(l -> l.startsWith("INFO   ") && l.contains(" = ")).toList();
        assertEquals(List.of("INFO   SiteUrl = https://learn.example.org",
                "INFO   LoadBalancerDns = campus-123.eu-west-1.elb.amazonaws.com"), outputs, "site URL first");
        assertTrue(log.has("INFO", "moodle-aws: stack campus is CREATE_COMPLETE; the site is at https://learn.example.org"),
                log.text());
        assertTrue(Files.isRegularFile(dir.resolve("target/moodle-aws/cloudformation.yaml")));
    }

    @Test
    @InjectMojo(goal = "deploy")
    void terminationProtectionCanBeLeftOff(DeployMojo mojo) throws Exception {
        prepare(mojo);
        mojo.terminationProtection = false;
        aws.cloudFormation.nextChangeSet(script().add("WebFleet", "AWS::AutoScaling::AutoScalingGroup"));

        mojo.execute();

        assertEquals("CREATE_COMPLETE", aws.cloudFormation.stack("campus").status());
        assertFalse(aws.cloudFormation.stack("campus").terminationProtection());
    }

    @Test
    @InjectMojo(goal = "deploy")
    void refusesADatabaseReplacementThatWasNotAllowed(DeployMojo mojo) throws Exception {
        prepare(mojo);
        aws.cloudFormation.existingStack("campus", "CREATE_COMPLETE", RESOURCES, Map.of());
        aws.cloudFormation.nextChangeSet(script().modify(DB, "AWS::RDS::DBCluster", "True"));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("-Dmoodle-aws.allowReplacement=" + DB), e.getMessage());
        assertEquals(0, aws.cloudFormation.count("ExecuteChangeSet"));
    }

    @Test
    @InjectMojo(goal = "deploy")
    void anAllowedReplacementProceeds(DeployMojo mojo) throws Exception {
        CapturingLog log = prepare(mojo);
        aws.cloudFormation.existingStack("campus", "CREATE_COMPLETE", RESOURCES,
                Map.of("SiteUrl", "https://learn.example.org"));
        aws.cloudFormation.nextChangeSet(script().modify(DB, "AWS::RDS::DBCluster", "True"));
        mojo.allowReplacement = DB;

        mojo.execute();

        assertEquals("UPDATE_COMPLETE", aws.cloudFormation.stack("campus").status());
        assertEquals(1, aws.cloudFormation.count("ExecuteChangeSet"));
        assertTrue(log.has("INFO", "Stack policy lets " + DB + " be replaced during this update"), log.text());
    }

    @Test
    @InjectMojo(goal = "deploy")
    void recreateFailedStackWithoutYesFailsBeforeCallingAws(DeployMojo mojo) throws Exception {
        prepare(mojo);
        mojo.recreateFailedStack = true;

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("moodle-aws.recreateFailedStack deletes the stack"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmoodle-aws.yes=true"), e.getMessage());
        assertEquals(0, aws.cloudFormation.requests().size());
    }

    @Test
    @InjectMojo(goal = "deploy")
    void aFailedFirstCreateNamesTheOptionsThatRecreateIt(DeployMojo mojo) throws Exception {
        prepare(mojo);
        aws.cloudFormation.existingStack("campus", "ROLLBACK_COMPLETE", Map.of(), Map.of());

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("is in ROLLBACK_COMPLETE"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmoodle-aws.recreateFailedStack=true -Dmoodle-aws.yes=true"),
                e.getMessage());
        assertEquals(0, aws.cloudFormation.count("DeleteStack"));
    }

    @Test
    @InjectMojo(goal = "deploy")
    void recreateFailedStackWithYesDeletesAndCreatesAgain(DeployMojo mojo) throws Exception {
        prepare(mojo);
        aws.cloudFormation.existingStack("campus", "ROLLBACK_COMPLETE", Map.of(), Map.of());
        aws.cloudFormation.nextChangeSet(script().add("WebFleet", "AWS::AutoScaling::AutoScalingGroup"));
        mojo.recreateFailedStack = true;
        mojo.yes = true;

        mojo.execute();

        assertEquals(2, aws.cloudFormation.stackHistory("campus").size());
        assertEquals("CREATE_COMPLETE", aws.cloudFormation.stack("campus").status());
    }

    @Test
    @InjectMojo(goal = "deploy")
    void interruptedWhileWaitingSaysTheStackCarriesOnAndHowToFollowIt(DeployMojo mojo) throws Exception {
        prepare(mojo);
        aws.cloudFormation.nextChangeSet(script().add(DB, "AWS::RDS::DBCluster").add("FileSystem", "AWS::EFS::FileSystem")
                .add("WebFleet", "AWS::AutoScaling::AutoScalingGroup").eventsPerPoll(1));
        aws.time.interruptAfter(4);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(1, aws.cloudFormation.count("ExecuteChangeSet"), e.getMessage());
        assertTrue(e.getMessage().contains("continues on AWS"), e.getMessage());
        assertTrue(e.getMessage().contains("describe-stack-events --stack-name campus"), e.getMessage());
    }

    @Test
    void theStopNoticeMatchesWhereTheDeployStood() {
        String preparing = DeployMojo.stopMessage("campus", DeployPhase.PREPARING);
        assertTrue(preparing.contains("stack campus was not changed"), preparing);
        assertFalse(preparing.contains("waiting for"), "no operation was waited for: " + preparing);
        String waiting = DeployMojo.stopMessage("campus", DeployPhase.WAITING_FOR_OTHER_OPERATION);
        assertTrue(waiting.contains("this deploy changed nothing, and that operation carries on"), waiting);
        String executed = DeployMojo.stopMessage("campus", DeployPhase.EXECUTING);
        assertTrue(executed.contains("carries on on AWS"), executed);
        assertTrue(executed.contains("aws cloudformation describe-stack-events --stack-name campus"), executed);
        assertTrue(executed.contains("mvn moodle-aws:deploy again"), executed);
        for (DeployPhase after : new DeployPhase[] {DeployPhase.SETTLED, DeployPhase.DONE}) {
            String message = DeployMojo.stopMessage("campus", after);
            assertFalse(message.contains("carries on"), "a settled stack does not carry on: " + message);
        }
    }

    @Test
    @InjectMojo(goal = "deploy")
    void missingCredentialsSayWhatToSetAndKeepTheCause(DeployMojo mojo) throws Exception {
        prepare(mojo);
        mojo.credentials = () -> {
            throw SdkClientException.create("Profile file contained no credentials for profile 'campus-admin'");
        };

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("moodle-aws: No AWS credentials found"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(-Dmoodle-aws.profile=<profile>)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        DeployConfigurationException cause = assertInstanceOf(DeployConfigurationException.class, e.getCause());
        assertEquals(DeployConfigurationException.Setting.CREDENTIALS, cause.setting());
        assertInstanceOf(SdkClientException.class, cause.getCause(), "mvn -e shows the chain down to the SDK");
        assertEquals(0, aws.cloudFormation.requests().size());
    }

    @Test
    @InjectMojo(goal = "deploy")
    void aDescriptorWithoutRegionSaysToSetIt(DeployMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART.replace("region: eu-west-1\n", ""));
        aws.connect(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("has 1 problem"), e.getMessage());
        assertTrue(log.has("ERROR", "region"), log.text());
        assertEquals(0, aws.cloudFormation.requests().size());
    }
}
