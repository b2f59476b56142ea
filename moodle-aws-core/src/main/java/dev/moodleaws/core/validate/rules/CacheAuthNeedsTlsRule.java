package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-004: an AUTH token comes with transit encryption. */
final class CacheAuthNeedsTlsRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-004", Severity.ERROR,
            "Cache AUTH comes with transit encryption",
            "Set cache.transitEncryption: true (or cache.authToken: false, which leaves the cache open to the VPC).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Cache cache = deployment.cache();
        if (cache.authToken() && !cache.transitEncryption()) {
            out.at("cache.authToken", "cache.authToken is true but cache.transitEncryption is false: ElastiCache"
                    + " accepts an AuthToken only with TransitEncryptionEnabled (the token must not cross the network in clear).");
        }
    }
}
