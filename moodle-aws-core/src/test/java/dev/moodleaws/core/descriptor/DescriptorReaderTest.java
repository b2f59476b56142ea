package dev.moodleaws.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.LockFactory;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.PerformanceMode;
import dev.moodleaws.core.model.Php;
import dev.moodleaws.core.model.PurchaseOption;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.model.SpotAllocationStrategy;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.model.Suppression;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.model.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReaderTest {
    static final String CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666";
    static final String MINIMAL = """
            name: campus
            region: eu-west-1
            moodle:
              wwwroot: https://learn.example.org
            loadBalancer:
              certificateArn: %s
            """.formatted(CERT);

    private final DescriptorReader reader = new DescriptorReader(PropertySource.none());

    static String resource(String name) throws IOException {
        try (InputStream in = DescriptorReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The deployment without its source map (which has no value equality), for comparing models. */
    static Deployment withoutSources(Deployment d) {
        return d.toBuilder().sourceMap(SourceMap.none()).build();
    }

    @Test
    void minimalDescriptorIsTheBuilderDefaultsWithItsValues() throws Exception {
        Deployment read = reader.read("moodle-aws.yaml", MINIMAL);

        Deployment expected = Deployment.builder()
                .name("campus")
                .region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .loadBalancer(LoadBalancer.builder().certificateArn(CERT).build())
                .build();
        assertEquals(expected, withoutSources(read));
        assertEquals(List.of(), read.literalSecrets());
        assertEquals(MoodleVersion.V4_5, read.moodle().version());
    }

    @Test
    void minimalDescriptorRecordsWhereEachValueIs() throws Exception {
        SourceMap map = reader.read("moodle-aws.yaml", MINIMAL).sourceMap();

        assertEquals(new Location("moodle-aws.yaml", 1, 7), map.locate("name").orElseThrow());
        assertEquals(new Location("moodle-aws.yaml", 4, 12), map.locate("moodle.wwwroot").orElseThrow());
        assertEquals(new Location("moodle-aws.yaml", 3, 1), map.locate("moodle").orElseThrow());
        assertEquals(new Location("moodle-aws.yaml", 6, 19), map.locate("loadBalancer.certificateArn").orElseThrow());
        assertTrue(map.isWritten("region"));
        assertFalse(map.isWritten("database"));
        assertEquals(new Location("moodle-aws.yaml", 0, 0), map.locate("database.readers").orElseThrow());
        assertEquals("moodle-aws.yaml", map.file().orElseThrow());
    }

    @Test
    void fullDescriptorMapsEverySectionOntoTheModel() throws Exception {
        Deployment read = reader.read("full.yaml", resource("full.yaml"));

        Map<String, Object> forced = new LinkedHashMap<>();
        forced.put("theme", "boost");
        forced.put("maxbytes", 536870912);
        forced.put("enablemobilewebservice", false);
        forced.put("ratio", new BigDecimal("1.5"));
        Deployment expected = Deployment.builder()
                .name("uni-learn")
                .region("us-east-2")
                .tags(Map.of("CostCenter", "4711", "Team", "elearning"))
                .moodle(Moodle.builder()
                        .version(MoodleVersion.V5_0)
                        .wwwroot("https://moodle.uni.example")
                        .code(CodeSource.builder().type(CodeSourceType.S3).repository("s3://uni-builds/moodle-5.0.tgz").ref("v5.0.1").build())
                        .os(OperatingSystem.AMAZON_LINUX_2023)
                        .webServer(WebServer.NGINX)
                        .php(Php.builder().version("8.4").maxInputVars(6000).memoryLimit("1G").uploadMaxSize("512M")
                                .maxExecutionTimeSeconds(600).opcache(false).extraExtensions(List.of("ldap", "soap")).build())
                        .sessions(SessionHandler.DATABASE)
                        .caches(Caches.builder().application(CacheStore.SHARED_FILE).session(CacheStore.SHARED_FILE).request(CacheStore.STATIC).build())
                        .asyncBackup(false)
                        .preventFileLocking(true)
                        .lockFactory(LockFactory.AUTO)
                        .dataroot("/srv/moodledata")
                        .codeRoot("/srv/moodle")
                        .directoryPermissions("02770")
                        .siteFullName("University Learning")
                        .siteShortName("UniLearn")
                        .adminEmail("lms-admin@uni.example")
                        .healthCheckScript(true)
                        .forcedSettings(forced)
                        .forcedPluginSettings(Map.of("tool_mobile", Map.of("forcedurlscheme", "unilearn", "qrcodetype", 2)))
                        .build())
                .network(Network.builder().mode(NetworkMode.EXISTING).vpcCidr("10.20.0.0/16").availabilityZoneCount(3)
                        .availabilityZones(List.of("us-east-2a", "us-east-2b", "us-east-2c")).natGateways(NatGateways.SINGLE)
                        .vpcId("vpc-0abc").publicSubnetIds(List.of("subnet-a1", "subnet-b1", "subnet-c1"))
                        .privateSubnetIds(List.of("subnet-a2", "subnet-b2", "subnet-c2")).ssh(true)
                        .adminCidrs(List.of("203.0.113.0/24")).build())
                .database(Database.builder().engine(DatabaseEngine.MARIADB).engineVersion("10.11").instanceClass("db.r7g.xlarge")
                        .readers(2).multiAz(false).allocatedStorageGb(500).backupRetentionDays(14).storageEncrypted(false)
                        .deletionProtection(false).maxAllowedPacket("512M").innodbBufferPoolSize("8589934592")
                        .databaseName("unilms").masterUsername("lmsadmin").readFromReplica(true).build())
                .fileStorage(FileStorage.builder().performanceMode(PerformanceMode.MAX_IO).throughputMode(ThroughputMode.PROVISIONED)
                        .provisionedThroughputMibps(256).encrypted(false).tlsMount(false).backups(false).build())
                .cache(Cache.builder().engine(CacheEngine.VALKEY).engineVersion("8.0").nodeType("cache.r7g.large").replicas(2)
                        .automaticFailover(false).multiAz(false).transitEncryption(false).atRestEncryption(false).authToken(false).build())
                .stable(StableNode.builder().instanceType("m6i.xlarge").count(1).purchase(PurchaseOption.SPOT).runsCron(false)
                        .cronKeepAliveSeconds(240).inTargetGroup(true).rootVolumeGb(40).build())
                .web(WebFleet.builder().instanceTypes(List.of("m7i.large", "m6a.large", "c7i.large")).minSize(3).desiredCapacity(4)
                        .maxSize(12).onDemandBaseCapacity(1).onDemandPercentageAboveBase(25)
                        .spotAllocationStrategy(SpotAllocationStrategy.CAPACITY_OPTIMIZED).capacityRebalance(false)
                        .imdsV2Required(false).runsCron(true).rootVolumeGb(30).encryptedVolumes(false).targetCpuPercent(70)
                        .healthCheckGracePeriodSeconds(900).build())
                .loadBalancer(LoadBalancer.builder().certificateArn("arn:aws:acm:us-east-2:123456789012:certificate/abc")
                        .sslPolicy("ELBSecurityPolicy-TLS13-1-3-2021-06").httpToHttpsRedirect(false)
                        .healthCheck(HealthCheck.builder().path("/admin/tool/healthcheck.php").intervalSeconds(15).timeoutSeconds(5)
                                .healthyThreshold(3).unhealthyThreshold(4).matcher("200-299").build())
                        .deregistrationDelaySeconds(60).dropInvalidHeaders(false).idleTimeoutSeconds(300)
                        .allowedCidrs(List.of("198.51.100.0/24", "203.0.113.0/24")).build())
                .suppressions(List.of(
                        Suppression.builder().rule("LB-003").reason("Internal site behind a VPN.").build(),
                        Suppression.builder().rule("WEB-002").reason("Cron on web nodes while migrating.").path("web.runsCron").build()))
                .build();
        assertEquals(expected, withoutSources(read));
        assertEquals(List.of("theme", "maxbytes", "enablemobilewebservice", "ratio"), List.copyOf(read.moodle().forcedSettings().keySet()));
    }

    @Test
    void nestedValuesAndListItemsHaveTheirOwnPositions() throws Exception {
        SourceMap map = reader.read("full.yaml", resource("full.yaml")).sourceMap();

        assertEquals(new Location("full.yaml", 61, 18), map.locate("database.engineVersion").orElseThrow());
        assertEquals(new Location("full.yaml", 103, 7), map.locate("web.instanceTypes[2]").orElseThrow());
        assertEquals(new Location("full.yaml", 101, 5), map.locate("web.instanceTypes").orElseThrow());
        assertEquals(new Location("full.yaml", 40, 12), map.locate("moodle.forcedSettings.theme").orElseThrow());
        assertEquals(new Location("full.yaml", 46, 24), map.locate("moodle.forcedPluginSettings.tool_mobile.forcedurlscheme").orElseThrow());
        assertEquals(new Location("full.yaml", 23, 29), map.locate("moodle.php.extraExtensions[1]").orElseThrow());
        assertEquals(new Location("full.yaml", 122, 11), map.locate("loadBalancer.healthCheck.path").orElseThrow());
        assertEquals(new Location("full.yaml", 121, 3), map.locate("loadBalancer.healthCheck").orElseThrow());
        assertEquals(new Location("full.yaml", 133, 11), map.locate("suppressions[0].rule").orElseThrow());
        assertEquals(new Location("full.yaml", 137, 11), map.locate("suppressions[1].path").orElseThrow());
        assertEquals(new Location("full.yaml", 5, 15), map.locate("tags.CostCenter").orElseThrow());
    }

    @Test
    void moodleVersionTakesTheWrittenTextSoNumbersWork() throws Exception {
        for (MoodleVersion v : MoodleVersion.values()) {
            for (String written : List.of(v.label(), "'" + v.label() + "'")) {
                String yaml = MINIMAL.replace("moodle:\n", "moodle:\n  version: " + written + "\n");
                assertEquals(v, reader.read("moodle-aws.yaml", yaml).moodle().version(), written);
            }
        }
    }

    @Test
    void readsAFileByItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("moodle-aws.yaml");
        Files.writeString(file, MINIMAL);

        Deployment read = reader.read(file);

        assertEquals("campus", read.name());
        assertEquals("moodle-aws.yaml", read.sourceMap().file().orElseThrow());
    }

    @Test
    void aMissingFileIsOneProblemNamingIt(@TempDir Path dir) {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read(dir.resolve("moodle-aws.yaml")));

        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().startsWith("moodle-aws.yaml: error: the descriptor "), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not exist"), e.getMessage());
    }
}
