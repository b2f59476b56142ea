package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.ChangeSetScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployerRecoveryTest extends DeployHarness {

    private static ChangeSetScript failingCreate() {
        return script().add("Db", "AWS::RDS::DBCluster").add("Web", "AWS::AutoScaling::AutoScalingGroup")
                .add("Alb", "AWS::ElasticLoadBalancingV2::LoadBalancer")
                .failResource("Web", "Instance i-0abc failed to stabilize");
    }

    private StackFailedException failFirstCreate() {
        fake.nextChangeSet(failingCreate());
        return assertThrows(StackFailedException.class, () -> deployer().deploy(options().build()));
    }

    @Test
    void failedCreateReportsTheReasonAndHowToRecreate() {
        StackFailedException e = failFirstCreate();

        assertEquals("ROLLBACK_COMPLETE", e.status());
        assertEquals(List.of("Web: Instance i-0abc failed to stabilize"), e.reasons());
        assertTrue(e.getMessage().contains("First failure: Web: Instance i-0abc failed to stabilize"), e.getMessage());
        assertTrue(e.getMessage().contains("DELETE_AND_RECREATE"));
        assertEquals("ROLLBACK_COMPLETE", fake.stack(STACK).status());
        assertTrue(listener.events.stream().anyMatch(p -> p.event().failed()
                && p.event().reason().contains("failed to stabilize")), "the failure was shown as it happened");
        assertTrue(listener.transcript().contains("FAILED: Instance i-0abc failed to stabilize"));
        assertEquals(0, fake.count("UpdateTerminationProtection"));
    }

    @Test
    void redeployAfterFailedCreateFailsWithHelpByDefault() {
        failFirstCreate();
        long creates = fake.count("CreateChangeSet");

        StackFailedException e = assertThrows(StackFailedException.class, () -> deployer().deploy(options().build()));

        assertEquals("ROLLBACK_COMPLETE", e.status());
        assertTrue(e.getMessage().contains("only be deleted, not updated"), e.getMessage());
        assertTrue(e.getMessage().contains("Web: Instance i-0abc failed to stabilize"), e.getMessage());
        assertTrue(e.getMessage().contains("option onRollbackComplete = DELETE_AND_RECREATE"), e.getMessage());
        assertFalse(e.getMessage().contains("-D"), "the library names its own options: " + e.getMessage());
        assertTrue(e.getMessage().contains("aws cloudformation delete-stack --stack-name moodle-prod"));
        assertEquals(creates, fake.count("CreateChangeSet"));
        assertEquals(0, fake.count("DeleteStack"));
    }

    @Test
    void redeployAfterFailedCreateDeletesAndRecreatesWhenAllowed() {
        failFirstCreate();
        fake.nextChangeSet(script().add("Db", "AWS::RDS::DBCluster").add("Web", "AWS::AutoScaling::AutoScalingGroup")
                .output("SiteUrl", "https://moodle.example.org"));

        DeployResult result = deployer().deploy(options()
                .onRollbackComplete(RollbackCompleteChoice.DELETE_AND_RECREATE).build());

        assertEquals("CREATE_COMPLETE", result.status());
        var history = fake.stackHistory(STACK);
        assertEquals(2, history.size());
        assertTrue(history.get(0).deleted());
        assertEquals("CREATE_COMPLETE", history.get(1).status());
        assertNotEquals(history.get(0).id(), history.get(1).id());
        assertEquals(1, fake.count("DeleteStack"));
        assertTrue(listener.notes.stream().anyMatch(n -> n.contains("deleting it to create it again")));
        assertTrue(listener.events.stream().anyMatch(p -> p.event().status().equals("DELETE_COMPLETE")
                && p.event().logicalId().equals(STACK)));
    }

    @Test
    void failedUpdateRollsBackAndSaysTheStackIsUsable() {
        fake.existingStack(STACK, "UPDATE_COMPLETE", Map.of("Web", "AWS::AutoScaling::AutoScalingGroup"), Map.of());
        fake.nextChangeSet(script().add("Alarm", "AWS::CloudWatch::Alarm")
                .modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False")
                .failResource("Web", "Resource handler returned message: \"The image id '[ami-0]' does not exist\""));

        StackFailedException e = assertThrows(StackFailedException.class, () -> deployer().deploy(options().build()));

        assertEquals("UPDATE_ROLLBACK_COMPLETE", e.status());
        assertTrue(e.getMessage().contains("failed and was rolled back"), e.getMessage());
        assertTrue(e.getMessage().contains("ami-0"), e.getMessage());
        assertEquals("UPDATE_ROLLBACK_COMPLETE", fake.stack(STACK).status());
        assertTrue(listener.transcript().contains("UPDATE_ROLLBACK_COMPLETE"));
    }

    private void leaveUpdateRollbackFailed() {
        fake.existingStack(STACK, "UPDATE_COMPLETE", Map.of("Web", "AWS::AutoScaling::AutoScalingGroup",
                "Cache", "AWS::ElastiCache::ReplicationGroup"), Map.of());
        fake.nextChangeSet(script().modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False")
                .modify("Cache", "AWS::ElastiCache::ReplicationGroup", "False")
                .failResource("Web", "Launch template not found")
                .rollbackFails("Cache", "Cache cluster was modified outside CloudFormation"));
    }

    @Test
    void updateRollbackFailedExplainsHowToContinue() {
        leaveUpdateRollbackFailed();

        StackFailedException e = assertThrows(StackFailedException.class, () -> deployer().deploy(options().build()));

        assertEquals("UPDATE_ROLLBACK_FAILED", e.status());
        assertTrue(e.getMessage().contains("aws cloudformation continue-update-rollback --stack-name moodle-prod"));
        assertTrue(e.getMessage().contains("option continueUpdateRollback"), e.getMessage());
        assertFalse(e.getMessage().contains("-D"), "the library names its own options: " + e.getMessage());
        assertTrue(e.reasons().contains("Cache: Cache cluster was modified outside CloudFormation"), e.reasons()
                .toString());
        assertEquals("UPDATE_ROLLBACK_FAILED", fake.stack(STACK).status());

        long creates = fake.count("CreateChangeSet");
        StackFailedException again = assertThrows(StackFailedException.class,
                () -> deployer().deploy(options().build()));
        assertEquals("UPDATE_ROLLBACK_FAILED", again.status());
        assertTrue(again.getMessage().contains("Cache cluster was modified outside CloudFormation"));
        assertEquals(creates, fake.count("CreateChangeSet"), "no change set on a stuck stack");
        assertEquals(0, fake.count("ContinueUpdateRollback"));
    }

    @Test
    void updateRollbackFailedIsContinuedWhenAllowedThenTheDeployProceeds() {
        leaveUpdateRollbackFailed();
        assertThrows(StackFailedException.class, () -> deployer().deploy(options().build()));
        fake.nextChangeSet(script().noChanges());

        DeployResult result = deployer().deploy(options().continueUpdateRollback(true, "Cache").build());

        assertEquals(List.of("Cache"), fake.requests("ContinueUpdateRollback").get(0).list("ResourcesToSkip"));
        assertEquals(List.of("Cache"), fake.stack(STACK).continueRollbackSkips());
        assertEquals("UPDATE_ROLLBACK_COMPLETE", result.status());
        assertTrue(result.noChanges());
        assertTrue(listener.notes.stream().anyMatch(n -> n.contains("continuing the rollback, skipping Cache")));
    }
}
