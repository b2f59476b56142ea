package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.deploy.fake.FakeStack;
import dev.moodleaws.core.deploy.fake.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeployerUpdateTest extends DeployHarness {

    private static final Map<String, String> RESOURCES = Map.of("Db", "AWS::RDS::DBCluster",
            "Files", "AWS::EFS::FileSystem", "Cache", "AWS::ElastiCache::ReplicationGroup",
            "Web", "AWS::AutoScaling::AutoScalingGroup");

    @BeforeEach
    void existingStack() {
        fake.existingStack(STACK, "CREATE_COMPLETE", RESOURCES, Map.of("SiteUrl", "https://moodle.example.org"));
    }

    @Test
    void updateExecutesUpdateChangeSetUnderTheStackPolicy() {
        fake.nextChangeSet(script().modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False")
                .add("Alarm", "AWS::CloudWatch::Alarm"));

        DeployResult result = deployer().deploy(options().build());

        assertEquals("UPDATE_COMPLETE", result.status());
        assertEquals("UPDATE", fake.requests("CreateChangeSet").get(0).param("ChangeSetType"));
        List<String> order = fake.requests().stream().map(r -> r.action())
                .filter(a -> a.equals("SetStackPolicy") || a.equals("ExecuteChangeSet")
                        || a.equals("UpdateTerminationProtection")).toList();
        assertEquals(List.of("ExecuteChangeSet", "UpdateTerminationProtection", "SetStackPolicy"), order,
                "no replacement allowed, so the policy is not loosened; protection converges after the update");
        assertTrue(fake.stack(STACK).terminationProtection());
        assertTrue(fake.stack(STACK).resources().containsKey("Alarm"));
        assertEquals(2, listener.changes.size());
        assertEquals(Replacement.FALSE, listener.changes.get(0).replacement());
        assertTrue(listener.changes.get(0).details().get(0).contains("SomeProperty"), listener.changes.toString());
        assertEquals(2, listener.events.get(listener.events.size() - 1).done());
        assertTrue(listener.transcript().contains("UPDATE_COMPLETE"));
    }

    @Test
    void thePlanShowsEveryParameterWithTheValueTheStackHasNow() {
        fake.stack(STACK).parameter("CodeVersion", "1111111111111111111111111111111111111111")
                .parameter("WebImageId", "ami-0aaaaaaaaaaaaaaaa");
        fake.nextChangeSet(script().modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False"));

        deployer().plan(options().parameter("CodeVersion", "2222222222222222222222222222222222222222")
                .parameter("WebImageId", "ami-0aaaaaaaaaaaaaaaa").parameter("StableImageId", "ami-0bbbbbbbbbbbbbbbb").build());

        String transcript = listener.transcript();
        assertTrue(transcript.contains("parameter CodeVersion: 1111111111111111111111111111111111111111 -> "
                + "2222222222222222222222222222222222222222 (CHANGED)"), transcript);
        assertTrue(transcript.contains("parameter WebImageId: ami-0aaaaaaaaaaaaaaaa (unchanged)"), transcript);
        assertTrue(transcript.contains("parameter StableImageId: ami-0bbbbbbbbbbbbbbbb (new)"), transcript);
        assertEquals("2222222222222222222222222222222222222222", fake.requests("CreateChangeSet").get(0)
                .param("Parameters.member.3.ParameterValue"));
    }

    @Test
    void everyDeployConvergesProtectionEvenWithNothingToChange() {
        fake.nextChangeSet(script().noChanges());

        deployer().deploy(options().build());

        assertTrue(fake.stack(STACK).terminationProtection(), "a stack that lost its protection gets it back");
        assertTrue(StackPolicies.same(StackPolicies.protectStateful(List.of(), StatefulResources.GENERIC.keySet()), fake.stack(STACK).stackPolicy()));
        assertTrue(listener.notes.contains("Termination protection enabled on " + STACK), listener.notes.toString());
        assertTrue(listener.notes.stream().anyMatch(n -> n.startsWith("Stack policy set on " + STACK)),
                listener.notes.toString());

        fake.nextChangeSet(script().noChanges());
        deployer().deploy(options().build());

        assertEquals(1, fake.count("UpdateTerminationProtection"), "already protected: nothing to change");
        assertEquals(1, fake.count("SetStackPolicy"), "the policy in place is the one wanted");
        assertTrue(listener.notes.contains("Termination protection is on for " + STACK), listener.notes.toString());
        assertTrue(listener.notes.contains("Stack policy of " + STACK + " already protects the resources that hold "
                + "data"), listener.notes.toString());
    }

    @Test
    void aModifyOfADataHoldingResourceWithoutAReplacementAnswerIsRefused() {
        fake.nextChangeSet(script().modify("Db", "AWS::RDS::DBCluster", null));

        ReplacementRefusedException e = assertThrows(ReplacementRefusedException.class,
                () -> deployer().deploy(options().build()));

        assertEquals(Replacement.UNKNOWN, e.refused().get(0).replacement());
        assertTrue(e.getMessage().contains("may be REPLACED (the change set does not say whether)"), e.getMessage());
        assertEquals(0, fake.count("ExecuteChangeSet"));
    }

    @Test
    void aRemovedAlarmIsNotSaidToLoseData() {
        fake.nextChangeSet(script().remove("Alarm", "AWS::CloudWatch::Alarm"));

        deployer().deploy(options().build());

        PlannedChange removed = listener.changes.get(0);
        assertEquals("would be REMOVED", removed.consequence());
        assertFalse(removed.endangersData());
    }

    @Test
    void aRefusedExecuteDeletesItsChangeSet() {
        fake.nextChangeSet(script().modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False"));
        fake.failNext("ExecuteChangeSet", Fault.accessDenied());

        AwsCallException e = assertThrows(AwsCallException.class, () -> deployer().deploy(options().build()));

        assertEquals(403, e.httpStatus());
        assertEquals("CloudFormation ExecuteChangeSet", e.action());
        assertEquals(1, fake.count("DeleteChangeSet"), "nothing is left behind");
        assertEquals("CREATE_COMPLETE", e.stackStatus());
        assertTrue(e.getMessage().endsWith("Stack " + STACK + " is CREATE_COMPLETE now."), e.getMessage());
    }

    @Test
    void noChangesIsSuccessAndTheChangeSetIsDeleted() {
        fake.nextChangeSet(script().noChanges());

        DeployResult result = deployer().deploy(options().build());

        assertTrue(result.noChanges());
        assertEquals("CREATE_COMPLETE", result.status());
        assertEquals("https://moodle.example.org", result.outputs().get("SiteUrl"));
        assertEquals(1, fake.count("DeleteChangeSet"));
        assertEquals(0, fake.count("ExecuteChangeSet"));
        assertEquals(1, listener.noChanges);
        assertTrue(listener.transcript().contains("No changes: stack moodle-prod already matches"));
        assertTrue(listener.transcript().contains("(no changes)"));
    }

    @Test
    void noUpdatesWordingIsAlsoNoChanges() {
        fake.nextChangeSet(script().changeSetFails("No updates are to be performed."));

        assertTrue(deployer().deploy(options().build()).noChanges());
    }

    @Test
    void otherChangeSetFailureIsAnErrorWithTheReason() {
        fake.nextChangeSet(script().changeSetFails("Template format error: Unresolved resource dependencies [Db]"));

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(options().build()));

        assertTrue(e.getMessage().contains("Unresolved resource dependencies [Db]"), e.getMessage());
        assertEquals(1, fake.count("DeleteChangeSet"));
        assertEquals(0, fake.count("ExecuteChangeSet"));
    }

    @Test
    void replacingOrRemovingStatefulResourcesIsRefused() {
        fake.nextChangeSet(script().modify("Db", "AWS::RDS::DBCluster", "True")
                .remove("Files", "AWS::EFS::FileSystem")
                .modify("Cache", "AWS::ElastiCache::ReplicationGroup", "Conditional")
                .modify("Web", "AWS::AutoScaling::AutoScalingGroup", "True"));

        ReplacementRefusedException e = assertThrows(ReplacementRefusedException.class,
                () -> deployer().deploy(options().build()));

        assertEquals(List.of("Db", "Files", "Cache"), e.refused().stream().map(PlannedChange::logicalId).toList());
        assertTrue(e.getMessage().contains("Db (AWS::RDS::DBCluster) would be REPLACED"), e.getMessage());
        assertTrue(e.getMessage().contains("Files (AWS::EFS::FileSystem) would be REMOVED"), e.getMessage());
        assertTrue(e.getMessage().contains("Cache (AWS::ElastiCache::ReplicationGroup) may be REPLACED (Conditional"));
        assertEquals("Db,Files,Cache", e.refusedIds());
        assertTrue(e.getMessage().contains("Db,Files,Cache in option allowReplacement"), e.getMessage());
        assertEquals(0, fake.count("ExecuteChangeSet"));
        assertEquals(1, fake.count("DeleteChangeSet"));
        assertEquals(RESOURCES, fake.stack(STACK).resources());
        assertEquals(3, listener.refused.size());
        assertTrue(listener.transcript().contains("REFUSED: 3 resource(s)"));
        assertTrue(listener.transcript().contains("[holds data: a database cluster and its data]"));
    }

    @Test
    void allowedReplacementProceedsAndThePolicyIsLockedAgainAfterwards() throws Exception {
        fake.nextChangeSet(script().modify("Db", "AWS::RDS::DBCluster", "True"));

        DeployResult result = deployer().deploy(options().allowReplacement("Db").build());

        assertEquals("UPDATE_COMPLETE", result.status());
        var policies = fake.requests("SetStackPolicy");
        assertEquals(2, policies.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode during = json.readTree(policies.get(0).param("StackPolicyBody")).get("Statement").get(1);
        assertEquals("LogicalResourceId/Db", during.get("NotResource").get(0).asText());
        JsonNode after = json.readTree(fake.stack(STACK).stackPolicy()).get("Statement").get(1);
        assertEquals("*", after.get("Resource").asText());
        assertFalse(after.has("NotResource"));
        assertTrue(listener.notes.stream().anyMatch(n -> n.contains("lets Db be replaced")));
        assertTrue(listener.events.stream().anyMatch(p -> p.event().logicalId().equals("Db")
                && String.valueOf(p.event().reason()).contains("creation of a new physical resource")));
    }

    @Test
    void planReportsChangesWithoutExecutingAndDeletesTheChangeSet() {
        fake.pageSizes(5, 2);
        fake.nextChangeSet(script().modify("Db", "AWS::RDS::DBCluster", "Conditional")
                .modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False").add("Alarm", "AWS::CloudWatch::Alarm")
                .remove("Old", "AWS::SNS::Topic").add("Queue", "AWS::SQS::Queue"));

        Plan plan = deployer().plan(options().build());

        assertEquals(5, plan.changes().size(), "all pages of DescribeChangeSet are read");
        assertEquals(3, fake.requests("DescribeChangeSet").stream().filter(r -> r.param("NextToken") != null)
                .count() + 1);
        PlannedChange db = plan.changes().get(0);
        assertEquals(ChangeAction.MODIFY, db.action());
        assertEquals(Replacement.CONDITIONAL, db.replacement());
        assertEquals("db-phys", db.physicalId());
        assertEquals(List.of("Properties"), db.scope());
        assertTrue(db.stateful());
        assertEquals(List.of(db), plan.dataLosingChanges());
        assertEquals(ChangeAction.REMOVE, plan.changes().get(3).action());
        assertEquals(0, fake.count("ExecuteChangeSet"));
        assertEquals(1, fake.count("DeleteChangeSet"));
        assertEquals(5, listener.changes.size());
        FakeStack stack = fake.stack(STACK);
        assertEquals("CREATE_COMPLETE", stack.status());
    }

    @Test
    void planOfANewStackRemovesTheEmptyStackItCreated() {
        fake.nextChangeSet(script().add("Db", "AWS::RDS::DBCluster"));

        Plan plan = deployer().plan(DeployOptions.builder("fresh-stack", TEMPLATE).build());

        assertEquals("CREATE", plan.changeSetType());
        assertEquals(1, plan.changes().size());
        assertTrue(fake.stack("fresh-stack").deleted());
    }
}
