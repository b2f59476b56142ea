package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** REDIS-008: the cache node type is an ElastiCache type ({@code cache.*}). */
final class CacheNodeTypeRule implements ModelRule {
    private static final Pattern NODE_TYPE = Pattern.compile("cache\\.[a-z][a-z0-9-]*\\.[a-z0-9-]+");

    static final RuleInfo INFO = new RuleInfo("REDIS-008", Severity.ERROR,
            "The cache node type is a cache.* type",
            "Set cache.nodeType to an ElastiCache node type such as cache.t4g.medium or cache.r7g.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String nodeType = deployment.cache().nodeType();
        if (nodeType == null || !NODE_TYPE.matcher(nodeType).matches()) {
            out.at("cache.nodeType", "cache.nodeType '" + nodeType + "' is not an ElastiCache node type: they read"
                    + " cache.<family>.<size>, for example cache.r7g.large.");
        }
    }
}
