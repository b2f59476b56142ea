package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-001: the cache has a replica, so it is no single point of failure. */
final class CacheReplicaRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-001", Severity.WARNING,
            "The cache has at least one replica",
            "Set cache.replicas: 1 (or more) with cache.automaticFailover: true and cache.multiAz: true.",
            RuleSource.GUIDE, "guide: Risks and Limitations (Redis is a single point of failure without replication and automatic failover)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.cache().replicas() == 0) {
            out.at("cache.replicas", "cache.replicas is 0: a single cache node is a single point of failure; when it"
                    + " goes, every cache (and Redis sessions) goes with it.");
        }
    }
}
