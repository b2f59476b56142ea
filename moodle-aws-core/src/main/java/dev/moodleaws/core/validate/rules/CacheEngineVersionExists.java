package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-006: the cache engine version is one ElastiCache offers for the engine. */
final class CacheEngineVersionExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-006", Severity.ERROR,
            "The cache engine version is one ElastiCache offers",
            "Set cache.engineVersion to a version ElastiCache offers for the engine (7.1 for redis, 8.0 for valkey),"
                    + " or remove it to get the default.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String version = Effective.cacheEngineVersion(deployment.cache());
        if (version != null && !version.isBlank()) {
            AwsNames.reportUnknown(new AwsNames.Named("cache.engineVersion",
                    Offering.versionOf(deployment.cache().engine()), version), out);
        }
    }
}
