package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-002: automatic failover has a replica to promote. */
final class CacheFailoverReplicaRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-002", Severity.ERROR,
            "Automatic failover has a replica to promote",
            "Set cache.replicas: 1 (or more), or set cache.automaticFailover: false.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Cache cache = deployment.cache();
        if (cache.automaticFailover() && cache.replicas() < 1) {
            out.at("cache.automaticFailover", "cache.automaticFailover is true but cache.replicas is " + cache.replicas()
                    + ": ElastiCache needs NumCacheClusters of 2 or more (a primary and a replica) for automatic failover.");
        }
    }
}
