package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-003: Multi-AZ comes with automatic failover. */
final class CacheMultiAzFailoverRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-003", Severity.ERROR,
            "Cache Multi-AZ comes with automatic failover",
            "Set cache.automaticFailover: true (with cache.replicas: 1 or more), or set cache.multiAz: false.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Cache cache = deployment.cache();
        if (cache.multiAz() && !cache.automaticFailover()) {
            out.at("cache.multiAz", "cache.multiAz is true but cache.automaticFailover is false: ElastiCache refuses"
                    + " MultiAZEnabled without AutomaticFailoverEnabled.");
        }
    }
}
