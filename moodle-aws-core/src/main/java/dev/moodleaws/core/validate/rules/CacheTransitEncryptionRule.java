package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-005: traffic to the cache is encrypted. */
final class CacheTransitEncryptionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-005", Severity.WARNING,
            "The cache encrypts traffic in transit",
            "Set cache.transitEncryption: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.cache().transitEncryption()) {
            out.at("cache.transitEncryption", "cache.transitEncryption is false: session data and cached content"
                    + " cross the network in clear, and no AUTH token can be required.");
        }
    }
}
