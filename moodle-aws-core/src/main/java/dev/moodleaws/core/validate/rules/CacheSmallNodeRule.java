package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** REDIS-009: the cache node is not a micro or small burstable node. */
final class CacheSmallNodeRule implements ModelRule {
    private static final Pattern SMALL_BURSTABLE = Pattern.compile("cache\\.t\\d+[a-z]*\\.(?:micro|small)");

    static final RuleInfo INFO = new RuleInfo("REDIS-009", Severity.INFO,
            "The cache node is larger than a micro or small burstable node",
            "Set cache.nodeType: cache.t4g.medium (or a memory-optimized type such as cache.r7g.large for larger sites).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String nodeType = deployment.cache().nodeType();
        if (nodeType != null && SMALL_BURSTABLE.matcher(nodeType).matches()) {
            out.at("cache.nodeType", "cache.nodeType " + nodeType + " has about 0.5 to 1.4 GiB of memory and runs on"
                    + " CPU credits: Moodle's application cache and sessions soon fill it, and evicted sessions log users out.");
        }
    }
}
