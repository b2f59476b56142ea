package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.deploy.fake.Fault;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drift detection and destroy against the fake CloudFormation, with real SDK marshalling and faults. */
class StackOperationsTest extends DeployHarness {
    private static final String SITE_TEMPLATE = """
            Resources:
              DatabaseCluster:
                Type: AWS::RDS::DBCluster
                DeletionPolicy: Snapshot
                UpdateReplacePolicy: Snapshot
                Properties: {"Engine": "aurora-mysql", "DeletionProtection": %s}
              DatabaseWriter:
                Type: AWS::RDS::DBInstance
                DeletionPolicy: Delete
                Properties: {"Engine": "aurora-mysql", "DBClusterIdentifier": {"Ref": "DatabaseCluster"}}
              FileSystem:
                Type: AWS::EFS::FileSystem
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
              AdminPasswordSecret:
                Type: AWS::SecretsManager::Secret
                DeletionPolicy: Retain
              BackupVault:
                Type: AWS::Backup::BackupVault
                DeletionPolicy: Retain
              WebFleet:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties: {"MinSize": 2, "MaxSize": 6}
            """;
    private static final KeptCosts COSTS = new KeptCosts("0.33 USD per GB-month", "0.40 USD a month",
            "0.095 USD per GB-month", "0.055 USD per GB-month");

    private void site(boolean deletionProtection, boolean terminationProtection) {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("DatabaseCluster", "AWS::RDS::DBCluster");
        resources.put("DatabaseWriter", "AWS::RDS::DBInstance");
        resources.put("FileSystem", "AWS::EFS::FileSystem");
        resources.put("AdminPasswordSecret", "AWS::SecretsManager::Secret");
        resources.put("BackupVault", "AWS::Backup::BackupVault");
        resources.put("WebFleet", "AWS::AutoScaling::AutoScalingGroup");
        fake.existingStack(STACK, "UPDATE_COMPLETE", resources, Map.of());
        fake.template(STACK, SITE_TEMPLATE.formatted(deletionProtection));
        if (terminationProtection) {
            fake.stack(STACK).terminationProtection(true);
        }
    }

    private Destroyer destroyer() {
        return Destroyer.of(cfn, listener, time, time);
    }

    private DestroyResult destroy(String confirmation) {
        return destroyer().destroy(STACK, "eu-west-1", confirmation, COSTS, Optional.empty());
    }

    @Test
    void driftFoundListsEachResourceAndPropertyExpectedVersusActual() throws Exception {
        site(false, false);
        fake.drift(STACK, 3, List.of(
                new DriftReport.ResourceDrift("WebFleet", "webfleet-phys", "AWS::AutoScaling::AutoScalingGroup", "MODIFIED",
                        List.of(new DriftReport.PropertyDrift("/MaxSize", "6", "12", "NOT_EQUAL"))),
                new DriftReport.ResourceDrift("AdminPasswordSecret", "adminpasswordsecret-phys",
                        "AWS::SecretsManager::Secret", "DELETED", List.of())));
        fake.failNext("DescribeStackDriftDetectionStatus", Fault.throttle());

        DriftReport report = DriftDetector.of(cfn, listener, time, time).detect(STACK, Optional.empty());

        assertTrue(report.hasDrift());
        assertEquals("DETECTION_COMPLETE", report.detectionStatus());
        assertEquals(List.of(
                "MODIFIED WebFleet (AWS::AutoScaling::AutoScalingGroup, webfleet-phys) was changed outside CloudFormation",
                "    /MaxSize: expected 6, actual 12",
                "DELETED AdminPasswordSecret (AWS::SecretsManager::Secret, adminpasswordsecret-phys) was deleted outside CloudFormation",
                "stack moodle-prod has drifted: 2 resource(s) changed outside CloudFormation"), report.lines());
        assertEquals(List.of("MODIFIED", "DELETED"),
                fake.requests("DescribeStackResourceDrifts").get(0).list("StackResourceDriftStatusFilters"));
        assertTrue(fake.count("DescribeStackDriftDetectionStatus") >= 4, "waited through the detection and a throttle");
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertTrue(json.get("drifted").asBoolean());
        assertEquals("12", json.get("resources").get(0).get("properties").get(0).get("actual").asText());
    }

    @Test
    void noDriftIsSaidPlainly() throws Exception {
        site(false, false);
        fake.drift(STACK, 0, List.of());

        DriftReport report = DriftDetector.of(cfn, listener, time, time).detect(STACK, Optional.empty());

        assertFalse(report.hasDrift());
        assertEquals(List.of("stack moodle-prod is in sync with its template"), report.lines());
        assertFalse(new ObjectMapper().readTree(report.toJson()).get("drifted").asBoolean());
    }

    @Test
    void destroyRefusesWithoutTheNameGivenAgainAndChangesNothing() {
        site(false, true);
        DestroyRefusedException e = assertThrows(DestroyRefusedException.class, () -> destroy("moodle-test"));
        assertTrue(e.getMessage().contains("give the stack name again") && e.getMessage().contains("'moodle-test'"),
                e.getMessage());
        assertThrows(DestroyRefusedException.class, () -> destroy(null));
        assertEquals(0, fake.count("DescribeStacks") + fake.count("DeleteStack") + fake.count("UpdateTerminationProtection"));
        assertTrue(fake.stack(STACK).terminationProtection());
    }

    @Test
    void aProtectedDatabaseRefusesTheDestroyBeforeAnythingChanges() {
        site(true, true);
        DestroyRefusedException e = assertThrows(DestroyRefusedException.class, () -> destroy(STACK));
        assertTrue(e.getMessage().contains("database.deletionProtection: false"), e.getMessage());
        assertEquals(0, fake.count("DeleteStack") + fake.count("UpdateTerminationProtection"));
        assertTrue(fake.stack(STACK).terminationProtection(), "termination protection stays on");
    }

    @Test
    void destroyOfATerminationProtectedStackLiftsItDeletesAndListsWhatIsKept() {
        site(false, true);

        DestroyResult result = destroy(STACK);

        assertEquals(1, fake.count("UpdateTerminationProtection"));
        assertEquals("false", fake.requests("UpdateTerminationProtection").get(0).param("EnableTerminationProtection"));
        assertTrue(fake.stack(STACK).deleted());
        assertTrue(listener.events.stream().anyMatch(p -> p.event().logicalId().equals("FileSystem")), "progress like deploy");
        assertEquals(List.of("DatabaseCluster", "FileSystem", "AdminPasswordSecret", "BackupVault"),
                result.retained().stream().map(RetainedResource::logicalId).toList());
        RetainedResource fs = result.retained().get(1);
        assertEquals(FakeCloudFormation.physicalId("FileSystem"), fs.physicalId());
        assertEquals("0.33 USD per GB-month", fs.costs());
        assertEquals("aws efs delete-file-system --region eu-west-1 --file-system-id filesystem-phys", fs.delete().get(1));
        assertTrue(result.retained().get(0).what().contains("final cluster snapshot"));
        assertTrue(result.retained().get(0).delete().get(0).contains("--db-cluster-identifier databasecluster-phys"));
        assertTrue(result.lines().get(0).contains("4 resource(s) are kept"), result.lines().toString());
    }

    @Test
    void aDeletionThatFailsSaysWhichResourceAndWhy() {
        site(false, false);
        fake.failDeletion(STACK, "WebFleet", "Resource handler returned message: group still has instances");

        StackFailedException e = assertThrows(StackFailedException.class, () -> destroy(STACK));

        assertEquals("DELETE_FAILED", e.status());
        assertTrue(e.getMessage().contains("group still has instances") && e.getMessage().contains("destroy again"),
                e.getMessage());
    }

    @Test
    void anInterruptedDestroySaysTheDeletionGoesOn() {
        site(false, false);
        fake.stack(STACK).eventsPerPoll(0);
        time.interruptAfter(3);

        DeployInterruptedException e = assertThrows(DeployInterruptedException.class, () -> destroy(STACK));

        assertTrue(e.stackStillWorking(), e.getMessage());
        assertEquals(1, fake.count("DeleteStack"));
    }
}
