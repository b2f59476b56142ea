package dev.moodleaws.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.render.StackContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackViewsTest {
    private static Deployment.Builder base() {
        return Deployment.builder().name("campus").region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build());
    }

    @Test
    void subnetsAreSixteenthsOfTheVpcPublicFirstThenPrivate() {
        StackView.Network n = StackViews.network(Network.builder().vpcCidr("10.1.0.0/16").availabilityZoneCount(3).build());
        assertEquals(List.of("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/20"), n.zones().stream().map(StackView.Zone::publicCidr).toList());
        assertEquals(List.of("10.1.128.0/20", "10.1.144.0/20", "10.1.160.0/20"), n.zones().stream().map(StackView.Zone::privateCidr).toList());
        assertEquals(3, n.zoneCount());
        assertEquals(Value.zone(2), n.zones().get(2).zone());
    }

    @Test
    void namedZonesReachTheSubnetsThroughAParameterInTheirOrder() {
        Deployment d = base().network(Network.builder().availabilityZones(List.of("eu-west-1b", "eu-west-1c")).build()).build();
        StackView.Network n = StackViews.network(d.network());
        assertEquals(List.of(Value.zone("AvailabilityZones", 0), Value.zone("AvailabilityZones", 1)),
                n.zones().stream().map(StackView.Zone::zone).toList());
        StackView.Parameter zones = StackViews.parameters(d).stream().filter(p -> p.name().equals("AvailabilityZones"))
                .findFirst().orElseThrow();
        assertEquals("List<AWS::EC2::AvailabilityZone::Name>", zones.type());
        assertEquals("eu-west-1b,eu-west-1c", zones.defaultValue());
        assertTrue(StackViews.parameters(base().build()).stream().noneMatch(p -> p.name().equals("AvailabilityZones")),
                "zones picked by count need no parameter");
    }

    @Test
    void onlyAFleetThatCanGrowHasATargetTrackingPolicy() {
        assertEquals("WebCpuScaling", StackViews.fleet(base().build(), List.of()).scalingPolicy());
        assertNull(StackViews.fleet(base().web(WebFleet.builder().minSize(2).desiredCapacity(2).maxSize(2).build()).build(),
                List.of()).scalingPolicy(), "Auto Scaling refuses target tracking when min = max (cfn-lint E3712)");
    }

    @Test
    void natGatewaysPerZoneSingleOrNone() {
        StackView.Network perAz = StackViews.network(Network.builder().availabilityZoneCount(3).build());
        assertEquals(3, perAz.nats().size());
        assertEquals(List.of("NatGateway1", "NatGateway2", "NatGateway3"), perAz.zones().stream().map(StackView.Zone::natGateway).toList());
        StackView.Network single = StackViews.network(Network.builder().availabilityZoneCount(3).natGateways(NatGateways.SINGLE).build());
        assertEquals(1, single.nats().size());
        assertEquals(List.of("NatGateway1", "NatGateway1", "NatGateway1"), single.zones().stream().map(StackView.Zone::natGateway).toList());
        StackView.Network none = StackViews.network(Network.builder().natGateways(NatGateways.NONE).build());
        assertTrue(none.nats().isEmpty());
        assertTrue(none.zones().stream().noneMatch(StackView.Zone::routedToNat));
    }

    @Test
    void aVpcTooSmallOrTooManyZonesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StackViews.network(Network.builder().vpcCidr("10.0.0.0/26").build()));
        assertThrows(IllegalArgumentException.class, () -> StackViews.network(Network.builder().availabilityZoneCount(9).build()));
    }

    @Test
    void auroraAndRdsDifferInResourceFamilyAndReaders() {
        Deployment aurora = base().database(Database.builder().readers(2).build()).build();
        StackView.Database a = StackViews.database(aurora.database(), aurora);
        assertTrue(a.aurora());
        assertEquals("DatabaseCluster", a.resource());
        assertEquals(List.of("DatabaseWriter", "DatabaseReader1", "DatabaseReader2"), a.instances());
        assertEquals("aurora-mysql8.0", a.parameterFamily());
        assertEquals(Value.getAtt("DatabaseCluster", "ReadEndpoint.Address"), a.readerEndpoint());
        assertEquals("268435456", a.maxAllowedPacket());
        assertEquals("{DBInstanceClassMemory*3/4}", a.bufferPoolSize());

        Deployment noReader = base().database(Database.builder().readers(0).build()).build();
        assertNull(StackViews.database(noReader.database(), noReader).readerEndpoint());

        Deployment maria = base().moodle(Moodle.builder().version(MoodleVersion.V5_0).wwwroot("https://x.org").build())
                .database(Database.builder().engine(DatabaseEngine.MARIADB).innodbBufferPoolSize("2G").build()).build();
        StackView.Database m = StackViews.database(maria.database(), maria);
        assertEquals("Database", m.resource());
        assertEquals("mariadb10.11", m.parameterFamily());
        assertEquals("2147483648", m.bufferPoolSize());
        assertTrue(m.multiAz());
        assertTrue(m.instances().isEmpty());
        assertEquals(Value.getAtt("Database", "MasterUserSecret.SecretArn"), m.secretArn());
    }

    @Test
    void theCacheCountsThePrimaryAndTheTokenIsOptional() {
        StackView.Cache c = StackViews.cache(Cache.builder().replicas(2).build());
        assertEquals(3, c.numCacheClusters());
        assertEquals("7.1", c.engineVersion());
        assertTrue(c.hasAuthToken());
        assertEquals(List.of(LogicalIds.ADMIN_SECRET, LogicalIds.DATABASE_USER_SECRET),
                StackViews.secrets(base().cache(Cache.builder().authToken(false).build()).build()).stream()
                        .map(StackView.Secret::id).toList());
        assertTrue(!StackViews.cache(Cache.builder().authToken(false).build()).hasAuthToken());
    }

    @Test
    void theFileSystemShowsProvisionedThroughputOnlyWhenProvisioned() {
        StackView.Network n = StackViews.network(Network.builder().build());
        assertTrue(!StackViews.fileSystem(FileStorage.builder().build(), true, n).provisioned());
        StackView.FileSystem p = StackViews.fileSystem(FileStorage.builder().throughputMode(ThroughputMode.PROVISIONED)
                .provisionedThroughputMibps(128).backups(false).build(), false, n);
        assertEquals(128, p.provisionedMibps());
        assertEquals("DISABLED", p.backupStatus());
        assertEquals(2, p.mountTargets().size());
    }

    @Test
    void securityGroupsOpenSshOnlyWithAdminNetworksAndIpv6Separately() {
        Deployment d = base().network(Network.builder().ssh(true).adminCidrs(List.of("198.51.100.0/24")).build())
                .loadBalancer(LoadBalancer.builder().allowedCidrs(List.of("0.0.0.0/0", "::/0")).build()).build();
        Map<String, StackView.SecurityGroup> groups = StackViews.securityGroups(d).stream()
                .collect(java.util.stream.Collectors.toMap(StackView.SecurityGroup::id, g -> g));
        assertEquals(List.of("cidr", "cidr", "cidr6", "cidr6"),
                groups.get(LogicalIds.LOAD_BALANCER_SG).ingress().stream().map(StackView.Ingress::sourceKind).toList());
        assertTrue(groups.get(LogicalIds.WEB_SG).ingress().stream().anyMatch(r -> r.fromPort() == 22 && r.source().equals("198.51.100.0/24")));
        Deployment noSsh = base().network(Network.builder().adminCidrs(List.of("198.51.100.0/24")).build()).build();
        assertTrue(StackViews.securityGroups(noSsh).stream().flatMap(g -> g.ingress().stream()).noneMatch(r -> r.fromPort() == 22));
    }

    @Test
    void theDrainHookOutlastsTheDeregistrationDelay() {
        Deployment d = base().loadBalancer(LoadBalancer.builder().deregistrationDelaySeconds(110).build()).build();
        StackView.Fleet f = StackViews.fleet(d, List.of());
        assertEquals(170, f.drainHeartbeatSeconds());
        assertEquals(StackContract.DRAIN_LIFECYCLE_HOOK, f.drainHook());
        Deployment none = base().loadBalancer(LoadBalancer.builder().deregistrationDelaySeconds(0).build()).build();
        assertEquals(60, StackViews.fleet(none, List.of()).drainHeartbeatSeconds());
    }

    @Test
    void rollingUpdatesKeepCapacityWithoutExceedingTheMaximum() {
        Deployment d = base().web(WebFleet.builder().minSize(2).desiredCapacity(2).maxSize(2).build()).build();
        StackView.Fleet f = StackViews.fleet(d, List.of());
        assertEquals(1, f.minInstancesInService());
        assertEquals(1, f.maxBatchSize());
        assertEquals("optional", StackViews.fleet(base().web(WebFleet.builder().imdsV2Required(false).build()).build(),
                List.of()).launchTemplate().httpTokens());
    }

    @Test
    void imagesFollowTheSystemAndTheArchitecture() {
        Deployment d = base().moodle(Moodle.builder().os(OperatingSystem.AMAZON_LINUX_2023).wwwroot("https://x.org").build())
                .web(WebFleet.builder().instanceTypes(List.of("m7g.large", "c7g.large")).build()).build();
        List<StackView.Parameter> p = StackViews.parameters(d);
        assertEquals("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64", StackViews.webImageParameter(d));
        assertEquals("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", StackViews.stableImageParameter(d));
        assertTrue(p.get(0).description().endsWith(StackViews.webImageParameter(d)), p.get(0).description());
        assertEquals(4, p.size(), "the two images, the code version, and a certificate parameter as none is configured");
    }

    @Test
    void aMissingCertificateBecomesAParameter() {
        List<StackView.Parameter> p = StackViews.parameters(base().build());
        assertEquals(LogicalIds.CERTIFICATE, p.get(p.size() - 1).name());
        assertEquals(Value.ref(LogicalIds.CERTIFICATE), StackViews.loadBalancer(base().build()).certificate());
        assertEquals(Value.literal("arn:x"), StackViews.loadBalancer(base().loadBalancer(LoadBalancer.builder()
                .certificateArn("arn:x").build()).build()).certificate());
    }

    @Test
    void userDataIsTheShebangTheExportsThenTheCompressedScriptWithAdjacentLiteralsMerged() {
        Deployment d = base().database(Database.builder().engine(DatabaseEngine.MYSQL).build()).build();
        StackView.Database db = StackViews.database(d.database(), d);
        Map<String, Value> exports = StackViews.exports(d, db, StackViews.cache(d.cache()));
        List<Value> parts = StackViews.userData("instances/x.sh", "#!/bin/bash\nset -e\necho hi\n", exports);
        assertEquals(Value.literal("#!/bin/bash\nexport " + StackContract.REGION + "='"), parts.get(0));
        assertEquals(Value.ref("AWS::Region"), parts.get(1));
        assertEquals(Value.literal("'\nexport " + StackContract.STACK + "='"), parts.get(2));
        for (int i = 0; i + 1 < parts.size(); i++) {
            assertFalse(parts.get(i).kind().equals("literal") && parts.get(i + 1).kind().equals("literal"), "merged at " + i);
        }
        String last = parts.get(parts.size() - 1).literal();
        assertTrue(last.startsWith("'\nexport " + StackContract.PLUGIN_VERSIONS + "=''\n"
                + BootPayload.wrap("instances/x.sh", "set -e\necho hi\n")), "no plugins, no pins: " + last);
        assertTrue(parts.stream().anyMatch(p -> p.kind().equals("literal")
                && p.literal().contains("export " + StackContract.DB_READER_HOST + "=''\n")), "an empty export stays a literal");
        assertFalse(last.contains("signal-resource"), "the script signals by itself");
        assertThrows(IllegalArgumentException.class, () -> StackViews.userData("instances/x.sh", "echo no shebang\n", exports));
    }

    @Test
    void theStableRoleAloneReadsTheAdminSecretTheWebRoleAloneDrainsAndBothSignal() {
        Deployment d = base().build();
        StackView.Iam iam = StackViews.iam(d, StackViews.database(d.database(), d));
        assertTrue(iam.stable().secrets().contains(Value.ref(LogicalIds.ADMIN_SECRET)));
        assertFalse(iam.web().secrets().contains(Value.ref(LogicalIds.ADMIN_SECRET)));
        assertTrue(iam.web().describesGroup() && iam.web().signals());
        assertFalse(iam.stable().describesGroup());
        assertTrue(iam.stable().signals(), "the stable node signals its group too");
        assertEquals(List.of(), iam.web().codeObjects());
        Deployment s3 = base().moodle(d.moodle().toBuilder().code(dev.moodleaws.core.model.CodeSource.builder()
                .type(dev.moodleaws.core.model.CodeSourceType.S3).repository("s3://builds/moodle/4.5.tgz").build()).build()).build();
        assertEquals(List.of(Value.arn(Value.literal(":s3:::builds/moodle/4.5.tgz"))), StackViews.codeObjects(s3));
    }

    @Test
    void signalTimeoutsFollowTheSystemAndTheWebGraceAndTheWebNodeGivesUpBeforeCloudFormationDoes() {
        Deployment ubuntu = base().build();
        Deployment al2023 = base().moodle(ubuntu.moodle().toBuilder()
                .os(dev.moodleaws.core.model.OperatingSystem.AMAZON_LINUX_2023).build()).build();
        assertEquals(900 + 1800, dev.moodleaws.render.BootTimes.stableSignalSeconds(ubuntu));
        assertEquals(600 + 1800, dev.moodleaws.render.BootTimes.stableSignalSeconds(al2023));
        Deployment quickGrace = al2023.toBuilder().web(WebFleet.builder().healthCheckGracePeriodSeconds(120).build()).build();
        assertEquals(600 + 2400 + 120, dev.moodleaws.render.BootTimes.webSignalSeconds(quickGrace));
        assertEquals(3600, dev.moodleaws.render.BootTimes.webSignalSeconds(ubuntu), "a rolling update waits one hour at most");
        Deployment longGrace = base().web(WebFleet.builder().healthCheckGracePeriodSeconds(7200).build()).build();
        assertEquals(3600, dev.moodleaws.render.BootTimes.webSignalSeconds(longGrace));
        for (Deployment d : List.of(ubuntu, al2023)) {
            int wait = dev.moodleaws.render.BootTimes.readyWaitSeconds(d);
            assertTrue(wait > 0 && wait + dev.moodleaws.render.BootTimes.packageSeconds(d)
                    < dev.moodleaws.render.BootTimes.webSignalSeconds(d), "a web node signals its failure in time: " + wait);
        }
        assertEquals("PT2700S", StackViews.stable(ubuntu, List.of()).signalTimeout());
        assertEquals("PT" + dev.moodleaws.render.BootTimes.webSignalSeconds(al2023) + "S",
                StackViews.fleet(al2023, List.of()).pauseTime());
    }

    @Test
    void sesCreatesAnIdentityAUserLimitedToItAndAKeySecretBothRolesRead() {
        Deployment d = base().moodle(Moodle.builder().wwwroot("https://learn.example.org")
                .mail(Mail.builder().mode(MailMode.SES).noReplyAddress("noreply@Example.org").build()).build()).build();
        StackView.Mail mail = StackViews.mail(d);
        assertTrue(mail.ses());
        assertEquals("example.org", mail.domain());
        assertEquals(Value.arn(Value.literal(":ses:"), Value.ref("AWS::Region"), Value.literal(":"), Value.ref("AWS::AccountId"),
                Value.literal(":identity/example.org")), mail.identityArn());
        assertTrue(mail.secretString().parts().contains(Value.getAtt(LogicalIds.MAIL_ACCESS_KEY, "SecretAccessKey")));
        StackView.Iam iam = StackViews.iam(d, StackViews.database(d.database(), d));
        assertTrue(iam.web().secrets().contains(Value.ref(LogicalIds.MAIL_SECRET)), "web nodes send mail too");
        assertTrue(iam.stable().secrets().contains(Value.ref(LogicalIds.MAIL_SECRET)));
        StackView.Database db = StackViews.database(d.database(), d);
        assertEquals(Value.ref(LogicalIds.MAIL_SECRET), StackViews.exports(d, db, StackViews.cache(d.cache())).get(StackContract.MAIL_SECRET_ARN));
        List<String> dkim = StackViews.outputs(d, db).stream().map(StackView.Output::name).filter(n -> n.startsWith("MailDkim")).toList();
        assertEquals(List.of("MailDkimRecord1", "MailDkimRecord2", "MailDkimRecord3"), dkim);
    }

    @Test
    void aRelayPasswordSecretIsReadByBothRolesAndNoSesIsCreated() {
        String arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:relay-AbCdEf";
        Deployment d = base().moodle(Moodle.builder().wwwroot("https://learn.example.org")
                .mail(Mail.builder().mode(MailMode.RELAY).host("smtp.example.org").user("moodle").passwordSecretArn(arn).build())
                .build()).build();
        assertFalse(StackViews.mail(d).ses());
        StackView.Database db = StackViews.database(d.database(), d);
        StackView.Iam iam = StackViews.iam(d, db);
        assertTrue(iam.web().secrets().contains(Value.literal(arn)));
        assertTrue(iam.stable().secrets().contains(Value.literal(arn)));
        assertEquals(Value.literal(arn), StackViews.exports(d, db, StackViews.cache(d.cache())).get(StackContract.MAIL_SECRET_ARN));
        assertTrue(StackViews.outputs(d, db).stream().noneMatch(o -> o.name().startsWith("MailDkim")));
    }

    @Test
    void withoutALoginNoMailSecretIsExportedOrReadable() {
        Deployment d = base().build();
        StackView.Database db = StackViews.database(d.database(), d);
        assertEquals(Value.literal(""), StackViews.exports(d, db, StackViews.cache(d.cache())).get(StackContract.MAIL_SECRET_ARN));
        assertEquals(List.of(Value.ref(LogicalIds.DATABASE_USER_SECRET), Value.ref(LogicalIds.CACHE_AUTH_SECRET)),
                StackViews.iam(d, db).web().secrets());
        assertFalse(StackViews.mail(d).ses());
    }

    @Test
    void moodleConnectsAsItsOwnUserAndOnlyTheStableNodeReadsTheMasterSecret() {
        Deployment d = base().build();
        StackView.Database db = StackViews.database(d.database(), d);
        StackView.Iam iam = StackViews.iam(d, db);
        assertFalse(iam.web().secrets().contains(db.secretArn()), "web nodes never read the rotated master secret");
        assertTrue(iam.stable().secrets().contains(db.secretArn()), "the stable node creates Moodle's user as the master");
        assertTrue(iam.stable().secrets().contains(Value.ref(LogicalIds.DATABASE_USER_SECRET)));
        Map<String, Value> exports = StackViews.exports(d, db, StackViews.cache(d.cache()));
        assertEquals(Value.ref(LogicalIds.DATABASE_USER_SECRET), exports.get(StackContract.DB_SECRET_ARN));
        assertEquals(db.secretArn(), exports.get(StackContract.DB_MASTER_SECRET_ARN));
        StackView.Secret user = StackViews.secrets(d).stream()
                .filter(s -> s.id().equals(LogicalIds.DATABASE_USER_SECRET)).findFirst().orElseThrow();
        assertEquals("{\"username\":\"moodle_app\"}", user.template(), "never the master user's name");
    }

    @Test
    void aStableNodeThatRunsNoCronHasNoCronAlarms() {
        Deployment d = Deployment.builder().name("campus").region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build()).build();
        assertEquals(2, StackViews.cronAlarms(d).size());
        Deployment noCron = d.toBuilder().stable(d.stable().toBuilder().runsCron(false).build()).build();
        assertEquals(List.of(), StackViews.cronAlarms(noCron));
    }
}
