package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.ModelRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferingRulesTest {

    @Test
    void theValidDeploymentPassesEveryAwsRule() {
        for (ModelRule rule : OfferingRules.all()) {
            assertPasses(rule, Infra.valid());
        }
    }

    @Test
    void rulesAreNumberedInOrderWithoutGaps() {
        List<String> ids = OfferingRules.all().stream().map(r -> r.info().id()).toList();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(String.format("AWS-%03d", i + 1), ids.get(i));
        }
    }

    @Test
    void aws001UnknownStableInstanceTypeFailsNamingTheSizesOfItsFamily() {
        Deployment d = RuleAssert.valid().stable(StableNode.builder().instanceType("m7i.huge").build()).build();
        Finding f = assertFindsOne(new Ec2InstanceTypesExist(), d, "stable.instanceType", "'m7i.huge'");
        assertTrue(f.message().contains("did you mean m7i.large, m7i.xlarge, m7i.2xlarge"), f.message());
    }

    @Test
    void aws001UnknownWebInstanceTypeFailsWithTheClosestName() {
        Finding f = assertFindsOne(new Ec2InstanceTypesExist(), Infra.web(w -> w.instanceTypes(
                List.of("m6i.large", "c6i.large", "r6i.large", "m7q.large"))), "web.instanceTypes[3]", "'m7q.large'");
        assertTrue(f.message().contains("did you mean m7a.large?") || f.message().contains("did you mean m7g.large?")
                || f.message().contains("did you mean m7i.large?"), f.message());
    }

    @Test
    void aws001ExistingTypesPass() {
        assertPasses(new Ec2InstanceTypesExist(), RuleAssert.valid()
                .stable(StableNode.builder().instanceType("m7i.large").build()).build());
    }

    @Test
    void aws002UnknownDatabaseClassFails() {
        Finding f = assertFindsOne(new DbInstanceClassExists(), Infra.database(b -> b.instanceClass("db.r7g.huge")),
                "database.instanceClass", "'db.r7g.huge'");
        assertTrue(f.message().contains("db.r7g.large"), f.message());
    }

    @Test
    void aws002ClassOfAnotherEngineFails() {
        assertFindsOne(new DbInstanceClassExists(), Infra.database(b -> b.engine(DatabaseEngine.AURORA_MYSQL)
                .instanceClass("db.t4g.micro")), "database.instanceClass", "not offer it for aurora-mysql");
    }

    @Test
    void aws002ExistingClassPasses() {
        assertPasses(new DbInstanceClassExists(), Infra.database(b -> b.engine(DatabaseEngine.MYSQL).instanceClass("db.t4g.micro")));
        assertPasses(new DbInstanceClassExists(), Infra.database(b -> b.engine(DatabaseEngine.AURORA_MYSQL).instanceClass("db.r7g.large")));
    }

    @Test
    void aws003UnknownCacheNodeTypeFails() {
        assertFindsOne(new CacheNodeTypeExists(), Infra.cache(c -> c.nodeType("cache.r7g.huge")), "cache.nodeType",
                "cache.r7g.large");
    }

    @Test
    void aws003ExistingCacheNodeTypePasses() {
        assertPasses(new CacheNodeTypeExists(), Infra.cache(c -> c.nodeType("cache.r7g.large")));
    }

    @Test
    void aws004ClassTheRegionDoesNotOfferWarns() {
        // the data lists RDS classes per region: Aurora MySQL in eu-west-1 has no db.t4g.small
        assertFindsOne(new OfferedInRegion(), Infra.database(b -> b.engine(DatabaseEngine.AURORA_MYSQL)
                .instanceClass("db.t4g.small")), "database.instanceClass", "eu-west-1 does not offer");
    }

    @Test
    void aws004ClassTheRegionOffersPasses() {
        assertPasses(new OfferedInRegion(), Infra.database(b -> b.engine(DatabaseEngine.AURORA_MYSQL).instanceClass("db.t4g.medium")));
        assertPasses(new OfferedInRegion(), RuleAssert.valid().region("ca-west-1").database(
                dev.moodleaws.core.model.Database.builder().engine(DatabaseEngine.AURORA_MYSQL).instanceClass("db.t4g.small").build())
                .build());
    }

    @Test
    void aws005UnknownDatabaseVersionFails() {
        Finding f = assertFindsOne(new DatabaseEngineVersionExists(), Infra.database(b -> b.engine(DatabaseEngine.MYSQL)
                .engineVersion("8.4.99")), "database.engineVersion", "'8.4.99'");
        assertTrue(f.message().contains("did you mean 8.4."), f.message());
        assertFindsOne(new DatabaseEngineVersionExists(), Infra.database(b -> b.engine(DatabaseEngine.AURORA_MYSQL)
                .engineVersion("8.0.mysql_aurora.3.99.0")), "database.engineVersion", "Aurora MySQL");
    }

    @Test
    void aws005OfferedDatabaseVersionsPass() {
        assertPasses(new DatabaseEngineVersionExists(), Infra.database(b -> b.engine(DatabaseEngine.MYSQL).engineVersion("8.4.9")));
        for (DatabaseEngine engine : DatabaseEngine.values()) {
            assertPasses(new DatabaseEngineVersionExists(), Infra.database(b -> b.engine(engine)));
        }
    }

    @Test
    void aws006UnknownCacheVersionFails() {
        assertFindsOne(new CacheEngineVersionExists(), Infra.cache(c -> c.engine(CacheEngine.VALKEY).engineVersion("7.1")),
                "cache.engineVersion", "Valkey");
    }

    @Test
    void aws006OfferedCacheVersionsPass() {
        assertPasses(new CacheEngineVersionExists(), Infra.cache(c -> c.engine(CacheEngine.REDIS).engineVersion("7.1")));
        for (CacheEngine engine : CacheEngine.values()) {
            assertPasses(new CacheEngineVersionExists(), Infra.cache(c -> c.engine(engine)));
        }
    }

    @Test
    void aws007UnknownTlsPolicyFails() {
        Finding f = assertFindsOne(new TlsPolicyExists(), Infra.loadBalancer(l -> l.sslPolicy("ELBSecurityPolicy-TLS13-1-2-2012-06")),
                "loadBalancer.sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2012-06");
        assertTrue(f.message().contains("did you mean ELBSecurityPolicy-TLS13-1-2-2021-06?"), f.message());
    }

    @Test
    void aws007PredefinedTlsPolicyPasses() {
        assertPasses(new TlsPolicyExists(), Infra.loadBalancer(l -> l.sslPolicy("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09")));
    }

    @Test
    void aws008UnknownRegionFails() {
        Finding f = assertFindsOne(new RegionExists(), RuleAssert.valid().region("eu-wset-1").build(), "region", "'eu-wset-1'");
        assertTrue(f.message().contains("did you mean eu-west-1?"), f.message());
    }

    @Test
    void aws008KnownRegionPasses() {
        assertPasses(new RegionExists(), RuleAssert.valid().region("ap-southeast-5").build());
    }

    @Test
    void aws009ZoneTheRegionDoesNotHaveFails() {
        assertFindsOne(new AvailabilityZonesExist(), Infra.network(n -> n.availabilityZones(List.of("eu-west-1a", "eu-west-1d"))),
                "network.availabilityZones[1]", "eu-west-1a, eu-west-1b, eu-west-1c");
    }

    @Test
    void aws009ZonesOfTheRegionPass() {
        assertPasses(new AvailabilityZonesExist(), Infra.network(n -> n.availabilityZones(List.of("eu-west-1a", "eu-west-1c"))));
    }

    @Test
    void aws010MoreZonesThanTheRegionHasFails() {
        assertFindsOne(new AvailabilityZoneCountFits(), Infra.network(n -> n.availabilityZoneCount(4)),
                "network.availabilityZoneCount", "has 3 availability zones");
    }

    @Test
    void aws010ZonesTheRegionHasPass() {
        assertPasses(new AvailabilityZoneCountFits(), Infra.network(n -> n.availabilityZoneCount(3)));
        assertPasses(new AvailabilityZoneCountFits(), RuleAssert.valid().region("us-east-1")
                .network(dev.moodleaws.core.model.Network.builder().availabilityZoneCount(6).build()).build());
    }
}
