package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-010: the replica count is one ElastiCache accepts (0 to 5 per shard). */
final class CacheReplicaCountRule implements ModelRule {
    static final int MAX_REPLICAS = 5;

    static final RuleInfo INFO = new RuleInfo("REDIS-010", Severity.ERROR,
            "The cache has 0 to 5 replicas",
            "Set cache.replicas to a number from 1 to 5.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int replicas = deployment.cache().replicas();
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            out.at("cache.replicas", "cache.replicas is " + replicas + ": a replication group holds a primary and"
                    + " 0 to 5 replicas.");
        }
    }
}
