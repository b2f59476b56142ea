package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-003: the cache node type exists in ElastiCache. */
final class CacheNodeTypeExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-003", Severity.ERROR,
            "The cache node type exists in ElastiCache",
            "Set cache.nodeType to a node type ElastiCache offers, such as cache.t4g.medium or cache.r7g.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        AwsNames.reportUnknown(deployment, Offering.CACHE_NODE_TYPE, out);
    }
}
