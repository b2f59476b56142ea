package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.cache;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.caches;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAndCacheRulesTest {
    private static final Deployment DATABASE_SESSIONS = moodle(m -> m.sessions(SessionHandler.DATABASE));

    @Test
    void fileSessionsAreAnError() {
        assertFindsOne(new NoFileSessions(), moodle(m -> m.sessions(SessionHandler.FILE)), "moodle.sessions", "file");
    }

    @Test
    void redisAndDatabaseSessionsPass() {
        assertPasses(new NoFileSessions(), valid());
        assertPasses(new NoFileSessions(), DATABASE_SESSIONS);
    }

    @Test
    void redisSessionsWithoutFailoverAreAnError() {
        assertFindsOne(new RedisSessionsNeedAutomaticFailover(), cache(c -> c.automaticFailover(false)),
                "cache.automaticFailover", "false");
    }

    @Test
    void failoverMattersOnlyForRedisSessions() {
        assertPasses(new RedisSessionsNeedAutomaticFailover(), valid());
        Deployment noFailover = cache(c -> c.automaticFailover(false));
        assertPasses(new RedisSessionsNeedAutomaticFailover(),
                noFailover.toBuilder().moodle(DATABASE_SESSIONS.moodle()).build());
    }

    @Test
    void redisSessionsWithoutReplicaAreAnError() {
        assertFindsOne(new RedisSessionsNeedReplica(), cache(c -> c.replicas(0)), "cache.replicas", "0");
    }

    @Test
    void redisSessionsWithAReplicaPass() {
        assertPasses(new RedisSessionsNeedReplica(), valid());
        assertPasses(new RedisSessionsNeedReplica(), cache(c -> c.replicas(2)));
    }

    @Test
    void redisSessionsInOneZoneAreAnError() {
        assertFindsOne(new RedisSessionsNeedMultiAz(), cache(c -> c.multiAz(false)), "cache.multiAz", "false");
    }

    @Test
    void redisSessionsAcrossZonesPass() {
        assertPasses(new RedisSessionsNeedMultiAz(), valid());
    }

    @Test
    void aBareRedisNodeGetsOneErrorPerMissingPart() {
        Deployment bare = cache(c -> c.replicas(0).automaticFailover(false).multiAz(false));
        assertEquals(1, check(new RedisSessionsNeedAutomaticFailover(), bare).size());
        assertEquals(1, check(new RedisSessionsNeedReplica(), bare).size());
        assertEquals(1, check(new RedisSessionsNeedMultiAz(), bare).size());
    }

    @Test
    void databaseSessionsAreWorthKnowing() {
        assertFindsOne(new DatabaseSessionsAddLoad(), DATABASE_SESSIONS, "moodle.sessions", "database");
    }

    @Test
    void redisSessionsNeedNoNote() {
        assertPasses(new DatabaseSessionsAddLoad(), valid());
    }

    @Test
    void nodeLocalCachesAreReportedPerMode() {
        List<Finding> found = check(new SharedCachesNotLocal(),
                caches(c -> c.application(CacheStore.LOCAL_FILE).session(CacheStore.LOCAL_FILE)));
        assertEquals(List.of("moodle.caches.application", "moodle.caches.session"),
                found.stream().map(Finding::subject).toList());
        assertTrue(found.get(0).message().contains("local"), found.get(0).message());
    }

    @Test
    void aNodeLocalSessionCacheIsAnError() {
        assertFindsOne(new SharedCachesNotLocal(), caches(c -> c.session(CacheStore.LOCAL_FILE)),
                "moodle.caches.session", "local");
    }

    @Test
    void redisCachesAreNotLocal() {
        assertPasses(new SharedCachesNotLocal(), valid());
    }

    @Test
    void sharedFileCachesAreSlowOnEfs() {
        Finding f = assertFindsOne(new SharedCachesNotOnFileStore(), caches(c -> c.application(CacheStore.SHARED_FILE)),
                "moodle.caches.application", "file");
        assertTrue(f.message().contains("NFS"), f.message());
    }

    @Test
    void redisCachesAreNotOnEfs() {
        assertPasses(new SharedCachesNotOnFileStore(), valid());
    }

    @Test
    void requestCacheOnRedisExplainsTheGuideIsWrong() {
        Finding f = assertFindsOne(new RequestCacheNotOnRedis(), caches(c -> c.request(CacheStore.REDIS)),
                "moodle.caches.request", "redis");
        assertTrue(f.message().contains("cachestore_redis serves the application and session modes only"), f.message());
        assertTrue(f.message().contains("guide"), f.message());
    }

    @Test
    void staticRequestCachePassesTheRedisCheck() {
        assertPasses(new RequestCacheNotOnRedis(), valid());
    }

    @Test
    void requestCacheInFilesIsAnError() {
        assertFindsOne(new RequestCacheStatic(), caches(c -> c.request(CacheStore.SHARED_FILE)), "moodle.caches.request", "file");
        assertFindsOne(new RequestCacheStatic(), caches(c -> c.request(CacheStore.LOCAL_FILE)), "moodle.caches.request", "local");
    }

    @Test
    void requestCacheOnRedisIsLeftToItsOwnRule() {
        assertPasses(new RequestCacheStatic(), caches(c -> c.request(CacheStore.REDIS)));
    }

    @Test
    void staticRequestCachePasses() {
        assertPasses(new RequestCacheStatic(), valid());
    }

    @Test
    void staticStoreCannotHoldApplicationCaches() {
        assertFindsOne(new SharedCachesNotStatic(), caches(c -> c.application(CacheStore.STATIC)),
                "moodle.caches.application", "static");
    }

    @Test
    void redisApplicationAndSessionCachesPassTheStaticCheck() {
        assertPasses(new SharedCachesNotStatic(), valid());
    }
}
