package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.cache;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.fileStorage;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.php;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.web;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.model.ThroughputMode;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    @Test
    void gigabyteUploadsOnSpotAreARisk() {
        assertFindsOne(new LongUploadsOnSpot(), php(p -> p.uploadMaxSize("1G")), "moodle.php.uploadMaxSize", "1G");
        assertFindsOne(new LongUploadsOnSpot(), php(p -> p.uploadMaxSize("2048M")), "moodle.php.uploadMaxSize", "2048M");
    }

    @Test
    void smallerUploadsOrAnOnDemandFleetPass() {
        assertPasses(new LongUploadsOnSpot(), valid());
        assertPasses(new LongUploadsOnSpot(), php(p -> p.uploadMaxSize("1023M")));
        Deployment onDemand = web(w -> w.onDemandPercentageAboveBase(100));
        assertPasses(new LongUploadsOnSpot(), onDemand.toBuilder().moodle(php(p -> p.uploadMaxSize("1G")).moodle()).build());
    }

    @Test
    void aLargeFleetWithoutAnOnDemandFloorIsARisk() {
        assertFindsOne(new SpotCapacityFloor(), web(w -> w.maxSize(12)), "web.onDemandBaseCapacity", "0");
    }

    @Test
    void aFloorOrASmallFleetPasses() {
        assertPasses(new SpotCapacityFloor(), valid());
        assertPasses(new SpotCapacityFloor(), web(w -> w.maxSize(12).onDemandBaseCapacity(1)));
        assertPasses(new SpotCapacityFloor(), web(w -> w.maxSize(12).onDemandPercentageAboveBase(100)));
    }

    @Test
    void burstingThroughputForALargeFleetIsARisk() {
        Deployment bursting = fileStorage(f -> f.throughputMode(ThroughputMode.BURSTING));
        Deployment large = bursting.toBuilder().web(web(w -> w.maxSize(10)).web()).build();
        assertFindsOne(new EfsThroughputForLargeFleet(), large, "fileStorage.throughputMode", "bursting");
    }

    @Test
    void elasticThroughputOrASmallFleetPasses() {
        assertPasses(new EfsThroughputForLargeFleet(), valid());
        assertPasses(new EfsThroughputForLargeFleet(), web(w -> w.maxSize(20)));
        assertPasses(new EfsThroughputForLargeFleet(), fileStorage(f -> f.throughputMode(ThroughputMode.BURSTING)));
    }

    @Test
    void redisCachesWithoutAReplicaAreASinglePointOfFailure() {
        Deployment d = cache(c -> c.replicas(0)).toBuilder()
                .moodle(moodle(m -> m.sessions(SessionHandler.DATABASE)).moodle()).build();
        assertFindsOne(new RedisSinglePointOfFailure(), d, "cache.replicas", "0");
    }

    @Test
    void redisCachesWithoutFailoverAreASinglePointOfFailure() {
        Deployment d = cache(c -> c.automaticFailover(false)).toBuilder()
                .moodle(moodle(m -> m.sessions(SessionHandler.DATABASE)).moodle()).build();
        assertFindsOne(new RedisSinglePointOfFailure(), d, "cache.automaticFailover", "false");
    }

    @Test
    void aReplicatedCacheOrRedisSessionsPass() {
        assertPasses(new RedisSinglePointOfFailure(), valid());
        assertPasses(new RedisSinglePointOfFailure(), cache(c -> c.replicas(0)));
    }
}
