package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The guide's risk: Redis without failover is a single point of failure for the caches. */
final class RedisSinglePointOfFailure implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("RISK-004", Severity.INFO,
            "Redis caches have a replica and automatic failover",
            "Write `replicas: 1` and `automaticFailover: true` under `cache:` in moodle-aws.yaml (the defaults).",
            RuleSource.GUIDE, "guide: Risks and Limitations");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        // With Redis sessions the SESS rules report the same gap as errors.
        if (deployment.moodle().sessions() == SessionHandler.REDIS) {
            return;
        }
        Caches caches = deployment.moodle().caches();
        if (caches.application() != CacheStore.REDIS && caches.session() != CacheStore.REDIS) {
            return;
        }
        Cache cache = deployment.cache();
        if (cache.replicas() < 1) {
            out.at("cache.replicas", "cache.replicas is " + cache.replicas() + " while the caches use Redis: when the"
                    + " one node fails, the site loses its caches (slow pages or errors) until ElastiCache replaces"
                    + " the node.");
        } else if (!cache.automaticFailover()) {
            out.at("cache.automaticFailover", "cache.automaticFailover is false while the caches use Redis: when the"
                    + " primary fails nothing promotes the replica, and the site runs without its caches until"
                    + " someone does.");
        }
    }
}
