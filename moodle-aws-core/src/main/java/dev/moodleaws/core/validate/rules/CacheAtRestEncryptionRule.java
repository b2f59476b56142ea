package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** REDIS-006: the cache encrypts its disk (snapshots, swap). */
final class CacheAtRestEncryptionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("REDIS-006", Severity.WARNING,
            "The cache encrypts data at rest",
            "Set cache.atRestEncryption: true before the first deploy.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.cache().atRestEncryption()) {
            out.at("cache.atRestEncryption", "cache.atRestEncryption is false: snapshots and swap hold session data"
                    + " unencrypted. Changing it later replaces the replication group (the cache starts empty and"
                    + " Redis sessions are lost).");
        }
    }
}
