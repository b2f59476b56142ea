package dev.moodleaws.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.deploy.DriftReport;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The goals of a site's later life: cost, drift and destroy, against the fake CloudFormation. */
@MojoTest
class DayTwoMojoTest {
    @RegisterExtension
    final FakeAws aws = new FakeAws();

    @TempDir
    Path dir;

    /** The quickstart goal, connected to the fake, on a stack that holds a file system and a web fleet. */
    private CapturingLog onExistingSite(AbstractAwsMojo mojo) throws java.io.IOException {
        CapturingLog log = aws.quickstart(mojo, dir);
        existingSite();
        return log;
    }

    private void existingSite() {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("FileSystem", "AWS::EFS::FileSystem");
        resources.put("WebFleet", "AWS::AutoScaling::AutoScalingGroup");
        aws.cloudFormation.existingStack("campus", "CREATE_COMPLETE", resources, Map.of());
        aws.cloudFormation.template("campus", """
                Resources:
                  FileSystem:
                    Type: AWS::EFS::FileSystem
                    DeletionPolicy: Retain
                  WebFleet:
                    Type: AWS::AutoScaling::AutoScalingGroup
                """);
    }

    @Test
    @InjectMojo(goal = "cost")
    void costPrintsEachComponentAndWritesJson(CostMojo mojo) throws Exception {
        CapturingLog log = Sites.prepare(mojo, dir, Sites.QUICKSTART);

        mojo.execute();

        assertTrue(log.has("INFO", "Monthly estimate of campus in eu-west-1, USD, prices of 2025-06-01"), log.text());
        assertTrue(log.has("INFO", "web fleet") && log.has("INFO", "(all On-Demand: "), log.text());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/moodle-aws/cost.json").toFile());
        assertTrue(json.get("monthly").asDouble() < json.get("monthlyAllOnDemand").asDouble(), "Spot saves");
        assertEquals(60, json.get("spotDiscountPercent").asInt());
    }

    @Test
    @InjectMojo(goal = "cost")
    void aPriceTableWithoutTheSitesRegionFailsTheGoalNamingIt(CostMojo mojo) throws Exception {
        Sites.prepare(mojo, dir, Sites.QUICKSTART);
        Path table = dir.resolve("prices.json");
        String builtIn = new String(getClass().getResourceAsStream("/dev/moodleaws/core/cost/prices.json").readAllBytes());
        Files.writeString(table, builtIn.replace("\"eu-west-1\"", "\"eu-south-9\""));
        mojo.priceTable = table.toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("the region eu-west-1") && e.getMessage().contains("moodle-aws.priceTable"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "drift")
    void driftFailsTheBuildAndWritesTheReport(DriftMojo mojo) throws Exception {
        CapturingLog log = onExistingSite(mojo);
        aws.cloudFormation.drift("campus", 1, List.of(new DriftReport.ResourceDrift("WebFleet", "webfleet-phys",
                "AWS::AutoScaling::AutoScalingGroup", "MODIFIED",
                List.of(new DriftReport.PropertyDrift("/DesiredCapacity", "2", "5", "NOT_EQUAL")))));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("has drifted: 1 resource(s)"), e.getMessage());
        assertTrue(log.has("INFO", "/DesiredCapacity: expected 2, actual 5"), log.text());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/moodle-aws/drift.json").toFile());
        assertTrue(json.get("drifted").asBoolean());
    }

    @Test
    @InjectMojo(goal = "drift")
    void noDriftPasses(DriftMojo mojo) throws Exception {
        CapturingLog log = onExistingSite(mojo);
        aws.cloudFormation.drift("campus", 0, List.of());

        mojo.execute();

        assertTrue(log.has("INFO", "stack campus is in sync with its template"), log.text());
    }

    @Test
    @InjectMojo(goal = "destroy")
    void destroyRefusesWithoutConfirmationAndSaysHow(DestroyMojo mojo) throws Exception {
        onExistingSite(mojo);
        mojo.yes = true;

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("-Dmoodle-aws.confirm=campus"), e.getMessage());
        assertEquals(0, aws.cloudFormation.count("DeleteStack"), "yes alone, without the stack name, is not enough");
    }

    @Test
    @InjectMojo(goal = "destroy")
    void destroyWithTheNameDeletesAndListsWhatIsKept(DestroyMojo mojo) throws Exception {
        CapturingLog log = onExistingSite(mojo);
        aws.cloudFormation.stack("campus").terminationProtection(true);
        mojo.confirm = "campus";

        mojo.execute();

        FakeCloudFormation fake = aws.cloudFormation;
        assertTrue(fake.stack("campus").deleted());
        assertTrue(log.has("INFO", "stack campus is deleted; 1 resource(s) are kept"), log.text());
        assertTrue(log.has("INFO", "costs 0.33 USD per GB-month of files"), log.text());
        assertTrue(log.has("INFO", "delete: aws efs delete-file-system --region eu-west-1 --file-system-id filesystem-phys"),
                log.text());
        assertFalse(log.has("INFO", "WebFleet (AWS::AutoScaling::AutoScalingGroup) webfleet-phys"), "deleted, not kept");
    }
}
