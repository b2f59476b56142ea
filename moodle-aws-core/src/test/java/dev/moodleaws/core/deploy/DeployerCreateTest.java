package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.FakeStack;
import dev.moodleaws.core.deploy.fake.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployerCreateTest extends DeployHarness {

    @Test
    void firstCreateExecutesChangeSetProtectsStackAndReportsProgress() {
        fake.nextChangeSet(script().computePolls(2)
                .add("Vpc", "AWS::EC2::VPC").add("Db", "AWS::RDS::DBCluster")
                .add("Files", "AWS::EFS::FileSystem").add("Web", "AWS::AutoScaling::AutoScalingGroup")
                .output("AdminUrl", "https://moodle.example.org/admin").output("DbEndpoint", "db.internal")
                .output("SiteUrl", "https://moodle.example.org"));

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        assertFalse(result.noChanges());
        assertEquals(List.of("SiteUrl", "DbEndpoint", "AdminUrl"), List.copyOf(result.outputs().keySet()));
        assertEquals("https://moodle.example.org", result.outputs().get("SiteUrl"));
        assertTrue(result.apiCalls() > 0);

        FakeStack stack = fake.stack(STACK);
        assertEquals("CREATE_COMPLETE", stack.status());
        assertEquals(4, stack.resources().size());
        assertTrue(stack.terminationProtection());
        assertTrue(stack.stackPolicy().contains("Update:Replace"));
        assertTrue(stack.stackPolicy().contains("AWS::RDS::DBCluster"));

        RecordedRequest create = fake.requests("CreateChangeSet").get(0);
        assertEquals("CREATE", create.param("ChangeSetType"));
        assertTrue(create.param("ClientToken").startsWith("moodle-aws-"));
        assertEquals(List.of("CAPABILITY_NAMED_IAM"), create.list("Capabilities"));
        assertEquals("Domain", create.param("Parameters.member.1.ParameterKey"));
        assertEquals("moodle.example.org", create.param("Parameters.member.1.ParameterValue"));
        assertEquals("ROLLBACK", create.param("OnStackFailure"));
        assertNotNull(create.param("TemplateBody"));
        RecordedRequest execute = fake.requests("ExecuteChangeSet").get(0);
        assertEquals(create.param("ChangeSetName"), execute.param("ChangeSetName"));
        assertTrue(execute.param("ClientRequestToken").startsWith("moodle-aws-"));

        assertEquals(4, listener.changes.size());
        assertTrue(listener.changes.stream().filter(c -> c.logicalId().equals("Db")).allMatch(PlannedChange::stateful));
        assertProgressReachesTotal();
        assertTrue(listener.transcript().contains("[4/4]"), listener.transcript());
        assertTrue(listener.transcript().contains("SiteUrl = https://moodle.example.org"));
        assertTrue(listener.waiting.stream().anyMatch(w -> w.contains("being computed")));
        assertEquals(result, listener.finished);
    }

    private void assertProgressReachesTotal() {
        var last = listener.events.get(listener.events.size() - 1);
        assertEquals("CREATE_COMPLETE", last.event().status());
        assertEquals(STACK, last.event().logicalId());
        assertEquals(4, last.done());
        assertEquals(4, last.total());
        assertTrue(last.elapsed().toSeconds() > 0);
        for (int i = 1; i < listener.events.size(); i++) {
            assertTrue(listener.events.get(i).done() >= listener.events.get(i - 1).done(), "progress never goes back");
        }
    }

    @Test
    void eventsArrivingFasterThanOnePageAreAllReportedOnceInOrder() {
        fake.pageSizes(5, 3);
        var busy = script().eventsPerPoll(12);
        for (int i = 0; i < 10; i++) {
            busy.add("Queue" + i, "AWS::SQS::Queue");
        }
        fake.nextChangeSet(busy);

        deployer().deploy(options().build());

        List<String> stored = fake.stack(STACK).events().stream()
                .filter(e -> !e.status().equals("REVIEW_IN_PROGRESS")).map(FakeStack.Event::eventId).toList();
        List<String> shown = new java.util.ArrayList<>();
        for (var p : listener.events) {
            shown.add(p.event().logicalId() + " " + p.event().status());
        }
        List<String> expected = fake.stack(STACK).events().stream()
                .filter(e -> !e.status().equals("REVIEW_IN_PROGRESS")).map(e -> e.logicalId() + " " + e.status())
                .toList();
        assertEquals(expected, shown);
        assertEquals(22, stored.size());
        assertTrue(fake.requests("DescribeStackEvents").stream().anyMatch(r -> r.param("NextToken") != null),
                "new events spanning pages are read across pages");
    }

    @Test
    void optionsRejectNamesCloudFormationWouldRefuse() {
        var bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DeployOptions.builder("1-moodle", TEMPLATE).build());
        assertTrue(bad.getMessage().contains("must start with a letter"));
        var capability = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DeployOptions.builder("moodle", TEMPLATE).capabilities("CAPABILITY_ALL").build());
        assertTrue(capability.getMessage().contains("CAPABILITY_NAMED_IAM"));
        DeployOptions defaults = DeployOptions.builder("moodle", TEMPLATE).build();
        assertTrue(defaults.terminationProtection());
        assertTrue(defaults.protectStatefulResources());
        assertTrue(defaults.timeout().isEmpty());
        assertEquals(RollbackCompleteChoice.FAIL_WITH_HELP, defaults.onRollbackComplete());
        assertEquals(defaults, defaults.toBuilder().build());
    }
}
