package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;

import dev.moodleaws.core.model.CacheEngine;
import org.junit.jupiter.api.Test;

class CacheRulesTest {

    @Test
    void redis001NoReplicaWarns() {
        assertFindsOne(new CacheReplicaRule(), Infra.cache(c -> c.replicas(0).automaticFailover(false).multiAz(false)),
                "cache.replicas", "is 0");
    }

    @Test
    void redis001ReplicaPasses() {
        assertPasses(new CacheReplicaRule(), Infra.cache(c -> c.replicas(2)));
    }

    @Test
    void redis002FailoverWithoutReplicaFails() {
        assertFindsOne(new CacheFailoverReplicaRule(), Infra.cache(c -> c.replicas(0).automaticFailover(true)),
                "cache.automaticFailover", "replicas is 0");
    }

    @Test
    void redis002FailoverWithReplicaPasses() {
        assertPasses(new CacheFailoverReplicaRule(), Infra.cache(c -> c.replicas(1).automaticFailover(true)));
        assertPasses(new CacheFailoverReplicaRule(), Infra.cache(c -> c.replicas(0).automaticFailover(false)));
    }

    @Test
    void redis003MultiAzWithoutFailoverFails() {
        assertFindsOne(new CacheMultiAzFailoverRule(), Infra.cache(c -> c.multiAz(true).automaticFailover(false)),
                "cache.multiAz", "automaticFailover is false");
    }

    @Test
    void redis003MultiAzWithFailoverPasses() {
        assertPasses(new CacheMultiAzFailoverRule(), Infra.cache(c -> c.multiAz(true).automaticFailover(true)));
    }

    @Test
    void redis004AuthWithoutTlsFails() {
        assertFindsOne(new CacheAuthNeedsTlsRule(), Infra.cache(c -> c.authToken(true).transitEncryption(false)),
                "cache.authToken", "transitEncryption is false");
    }

    @Test
    void redis004AuthWithTlsPasses() {
        assertPasses(new CacheAuthNeedsTlsRule(), Infra.cache(c -> c.authToken(true).transitEncryption(true)));
    }

    @Test
    void redis005NoTransitEncryptionWarns() {
        assertFindsOne(new CacheTransitEncryptionRule(), Infra.cache(c -> c.transitEncryption(false).authToken(false)),
                "cache.transitEncryption", "false");
    }

    @Test
    void redis005TransitEncryptionPasses() {
        assertPasses(new CacheTransitEncryptionRule(), Infra.cache(c -> c.transitEncryption(true)));
    }

    @Test
    void redis006NoAtRestEncryptionWarns() {
        assertFindsOne(new CacheAtRestEncryptionRule(), Infra.cache(c -> c.atRestEncryption(false)),
                "cache.atRestEncryption", "replaces");
    }

    @Test
    void redis006AtRestEncryptionPasses() {
        assertPasses(new CacheAtRestEncryptionRule(), Infra.cache(c -> c.atRestEncryption(true)));
    }

    @Test
    void redis007OldOrMalformedVersionFails() {
        assertFindsOne(new CacheEngineVersionRule(), Infra.cache(c -> c.engineVersion("5.0.6")), "cache.engineVersion", "5.0.6");
        assertFindsOne(new CacheEngineVersionRule(), Infra.cache(c -> c.engineVersion("4.0.10")), "cache.engineVersion", "4.0.10");
        assertFindsOne(new CacheEngineVersionRule(), Infra.cache(c -> c.engineVersion("latest")), "cache.engineVersion", "latest");
    }

    @Test
    void redis007CurrentVersionsPass() {
        assertPasses(new CacheEngineVersionRule(), Infra.cache(c -> c.engineVersion("6.2")));
        assertPasses(new CacheEngineVersionRule(), Infra.cache(c -> c.engineVersion("6.x")));
        assertPasses(new CacheEngineVersionRule(), Infra.cache(c -> c.engine(CacheEngine.VALKEY)));
    }

    @Test
    void redis008NonCacheNodeTypeFails() {
        assertFindsOne(new CacheNodeTypeRule(), Infra.cache(c -> c.nodeType("r7g.large")), "cache.nodeType", "r7g.large");
    }

    @Test
    void redis008CacheNodeTypePasses() {
        assertPasses(new CacheNodeTypeRule(), Infra.cache(c -> c.nodeType("cache.r7g.large")));
    }

    @Test
    void redis009MicroOrSmallBurstableNodeIsNoted() {
        assertFindsOne(new CacheSmallNodeRule(), Infra.cache(c -> c.nodeType("cache.t4g.micro")), "cache.nodeType", "cache.t4g.micro");
        assertFindsOne(new CacheSmallNodeRule(), Infra.cache(c -> c.nodeType("cache.t3.small")), "cache.nodeType", "cache.t3.small");
    }

    @Test
    void redis009MediumOrLargerPasses() {
        assertPasses(new CacheSmallNodeRule(), Infra.cache(c -> c.nodeType("cache.t4g.medium")));
        assertPasses(new CacheSmallNodeRule(), Infra.cache(c -> c.nodeType("cache.m7g.large")));
    }

    @Test
    void redis010TooManyReplicasFail() {
        assertFindsOne(new CacheReplicaCountRule(), Infra.cache(c -> c.replicas(6)), "cache.replicas", "is 6");
        assertFindsOne(new CacheReplicaCountRule(), Infra.cache(c -> c.replicas(-1)), "cache.replicas", "is -1");
    }

    @Test
    void redis010FiveReplicasPass() {
        assertPasses(new CacheReplicaCountRule(), Infra.cache(c -> c.replicas(5)));
    }
}
