package dev.moodleaws.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Moodle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostEstimatorTest {
    /** Round prices, so that every figure below can be checked with pen and paper. */
    private static final PriceTable.RegionPrices PRICES = new PriceTable.RegionPrices(
            Map.of("m6i.large", 0.10, "m5.large", 0.10, "t3.large", 0.08, "c6i.large", 0.08),
            Map.of("db.r6g.large", 0.30), Map.of("db.m7g.large", 0.20), Map.of("cache.t4g.medium", 0.05),
            0.30, 0.10, 0.12, 0.10, 0.20, 0.025, 0.008, 0.045, 0.045, 0.005, 0.05, 0.10, 0.02, 0.50, 0.03, 0.10, 3.00,
            0.30, 0.40);
    private static final PriceTable TABLE = new PriceTable("hand-made test prices", "2025-06-01", "USD", 730, 60, 20,
            new PriceTable.Usage(100, 100, 50, 1, 100, 10, 1.5), Map.of("eu-west-1", PRICES));
    /** What the estimator counts in a template: 2 NAT gateways, 3 alarm metrics, 2 custom metrics, 2 secrets. */
    private static final String TEMPLATE = """
            Resources:
              NatGateway1:
                Type: AWS::EC2::NatGateway
              NatGateway2:
                Type: AWS::EC2::NatGateway
              Database:
                Properties:
                  ManageMasterUserPassword: true
              AdminPasswordSecret:
                Type: AWS::SecretsManager::Secret
              AlarmTarget5xx:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  Namespace: "AWS/ApplicationELB"
                  MetricName: "HTTPCode_Target_5XX_Count"
              AlarmCronStopped:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  Namespace: "MoodleAws"
                  MetricName: "CronRunsCompleted"
              AlarmTaskQueueAge:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  Namespace: "MoodleAws"
                  MetricName: "OldestAdhocTaskAgeSeconds"
            """;
    private static final Bundle BUNDLE = new Bundle(List.of(new BundleFile(Bundle.TEMPLATE, TEMPLATE, false)));

    private static Deployment quickstart() {
        return Deployment.builder().name("campus").region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .loadBalancer(LoadBalancer.builder().certificateArn("arn:aws:acm:eu-west-1:123456789012:certificate/x").build())
                .build();
    }

    private static double line(CostEstimate e, String component) {
        return e.lines().stream().filter(l -> l.component().equals(component)).findFirst().orElseThrow().monthly();
    }

    @Test
    void theQuickstartSiteCostsWhatPenAndPaperSay() {
        CostEstimate e = new CostEstimator(TABLE).estimate(quickstart(), BUNDLE);
        // web fleet: 2 nodes, no On-Demand base or share: 2 Spot at 40% of the mean On-Demand price
        // (0.10 + 0.10 + 0.08 + 0.08) / 4 = 0.09: 2 x 0.4 x 0.09 x 730 = 52.56; all On-Demand 2 x 0.09 x 730 = 131.40
        CostLine web = e.lines().get(0);
        assertEquals("web fleet", web.component());
        assertEquals(52.56, web.monthly(), 0.005);
        assertEquals(131.40, web.monthlyAllOnDemand(), 0.005);
        assertEquals(58.40, line(e, "stable node"), 0.005);        // t3.large 0.08 x 730
        assertEquals(7.00, line(e, "instance volumes"), 0.005);    // (2 x 20 + 30) GB x 0.10
        assertEquals(458.00, line(e, "database"), 0.005);          // 2 x 0.30 x 730 + 100 GB x 0.10 + 50 x 0.20
        assertEquals(73.00, line(e, "cache"), 0.005);              // 2 nodes x 0.05 x 730
        assertEquals(30.00, line(e, "file system"), 0.005);        // 100 GB x 0.30
        assertEquals(31.39, line(e, "load balancer"), 0.005);      // (0.025 + 1 x 0.008 + 2 x 0.005) x 730
        assertEquals(77.50, line(e, "NAT gateways"), 0.005);       // 2 x (0.045 + 0.005) x 730 + 100 GB x 0.045
        assertEquals(22.50, line(e, "backups"), 0.005);            // 1.5 x (100 GB x 0.10 + 100 GB x 0.05)
        assertEquals(9.20, line(e, "monitoring"), 0.005);          // 3 x 0.10 + 3.00 + 2 x 0.30 + 10 GB x (0.50 + 0.03)
        assertEquals(0.80, line(e, "secrets"), 0.005);             // 2 x 0.40
        assertEquals(820.35, e.monthly(), 0.005);
        assertEquals(899.19, e.monthlyAllOnDemand(), 0.005);      // 820.35 - 52.56 + 131.40
    }

    @Test
    void onDemandBaseAndShareAreCountedFirstAndValkeyAndCopiesArePriced() {
        Deployment d = quickstart();
        d = d.toBuilder().web(d.web().toBuilder().desiredCapacity(6).onDemandBaseCapacity(2).onDemandPercentageAboveBase(10).build())
                .cache(d.cache().toBuilder().engine(CacheEngine.VALKEY).build())
                .backup(Backup.builder().copyToVaultArn("arn:aws:backup:eu-central-1:210987654321:backup-vault:dr").build())
                .build();
        CostEstimate e = new CostEstimator(TABLE).estimate(d, BUNDLE);
        // 2 base + ceil(4 x 10%) = 3 On-Demand, 3 Spot: (3 + 3 x 0.4) x 0.09 x 730 = 275.94; all On-Demand 6 x 0.09 x 730 = 394.20
        assertEquals(275.94, e.lines().get(0).monthly(), 0.005);
        assertEquals(394.20, e.lines().get(0).monthlyAllOnDemand(), 0.005);
        assertTrue(e.lines().get(0).detail().contains("3 On-Demand, 3 Spot at 60% below On-Demand"), e.lines().get(0).detail());
        assertEquals(58.40, line(e, "cache"), 0.005);              // 73.00 less 20% for Valkey
        assertEquals(49.00, line(e, "backups"), 0.005);            // 2 x 22.50 + 200 GB x 0.02
    }

    @Test
    void aMissingPriceIsNamedAndTheTotalIsNotGuessed() {
        Deployment d = quickstart();
        d = d.toBuilder().web(d.web().toBuilder().instanceTypes(List.of("m6i.large", "m8g.large", "c7g.large")).build()).build();
        Deployment site = d;
        CostException e = assertThrows(CostException.class, () -> new CostEstimator(TABLE).estimate(site, BUNDLE));
        assertEquals(List.of("EC2 m8g.large in eu-west-1", "EC2 c7g.large in eu-west-1"), e.missing());
        Deployment elsewhere = quickstart().toBuilder().region("ap-south-2").build();
        assertThrows(CostException.class, () -> new CostEstimator(TABLE).estimate(elsewhere, BUNDLE));
    }

    @Test
    void theJsonHasEveryComponentTheTotalsAndTheAssumptions() throws Exception {
        CostEstimate e = new CostEstimator(TABLE).estimate(quickstart(), BUNDLE);
        JsonNode json = new ObjectMapper().readTree(e.toJson());
        assertEquals(820.35, json.get("monthly").asDouble(), 0.001);
        assertEquals(899.19, json.get("monthlyAllOnDemand").asDouble(), 0.001);
        assertEquals(60, json.get("spotDiscountPercent").asInt());
        assertEquals("2025-06-01", json.get("pricesAsOf").asText());
        assertEquals(e.lines().size(), json.get("components").size());
        assertTrue(json.get("assumptions").toString().contains("60% below On-Demand"));
        String text = e.toText();
        assertTrue(text.contains("web fleet") && text.contains("52.56  (all On-Demand: 131.40)"), text);
        assertTrue(text.contains("total") && text.contains("820.35  (all On-Demand: 899.19)"), text);
        assertTrue(e.summary().startsWith("estimated cost: 820.35 USD a month (899.19 with no Spot"), e.summary());
    }

    @Test
    void theBuiltInTableStatesItsSourceAndPricesEveryRegionAndTypeTheExamplesUse() {
        PriceTable t = PriceTable.builtIn();
        assertTrue(t.source().contains("AWS"), t.source());
        assertTrue(t.asOf().matches("\\d{4}-\\d{2}-\\d{2}"), t.asOf());
        Map<String, List<String>> ec2 = Map.of(
                "eu-west-1", List.of("m6i.large", "m5.large", "t3.large", "c6i.large"),
                "us-east-1", List.of("m6i.large", "m5.large", "t3.large", "c6i.large"),
                "eu-central-1", List.of("m7i.xlarge", "m6i.xlarge", "m5.xlarge", "c7i.xlarge", "c6i.xlarge", "t3.xlarge"));
        ec2.forEach((region, types) -> types.forEach(type ->
                assertTrue(t.region(region).orElseThrow().ec2().containsKey(type), type + " in " + region)));
        for (String aurora : List.of("db.r6g.large", "db.t4g.large", "db.r6g.xlarge")) {
            assertTrue(t.region("eu-west-1").orElseThrow().aurora().containsKey(aurora), aurora);
        }
        assertTrue(t.region("eu-central-1").orElseThrow().aurora().containsKey("db.r7g.xlarge"));
        assertTrue(t.region("us-east-1").orElseThrow().rds().containsKey("db.m7g.large"));
        assertTrue(t.region("eu-central-1").orElseThrow().elasticache().containsKey("cache.r7g.large"));
        for (String region : List.of("eu-west-1", "us-east-1")) {
            assertTrue(t.region(region).orElseThrow().elasticache().containsKey("cache.t4g.medium"), region);
        }
    }

    @Test
    void aUserTableReplacesTheBuiltInOneAndAnIncompleteOneIsRefused(@TempDir Path dir) throws Exception {
        Path newer = dir.resolve("prices.json");
        Files.writeString(newer, new String(PriceTable.class.getResourceAsStream(PriceTable.RESOURCE).readAllBytes())
                .replace("\"asOf\" : \"2025-06-01\"", "\"asOf\" : \"2026-01-01\"").replace("\"asOf\": \"2025-06-01\"", "\"asOf\": \"2026-01-01\""));
        assertEquals("2026-01-01", PriceTable.read(newer).asOf());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"source\": \"x\", \"asOf\": \"2026-01-01\", \"currency\": \"USD\"}");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> PriceTable.read(broken));
        assertTrue(e.getMessage().contains("not a price table"), e.getMessage());
    }
}
