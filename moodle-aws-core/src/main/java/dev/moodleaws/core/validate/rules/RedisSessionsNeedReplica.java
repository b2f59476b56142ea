package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** With sessions in Redis, the replication group has a replica to fail over to. */
final class RedisSessionsNeedReplica implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SESS-003", Severity.ERROR,
            "Redis sessions need at least one replica",
            "Write `replicas: 1` (or more) under `cache:` in moodle-aws.yaml, or delete `cache.replicas` (1 is the default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int replicas = deployment.cache().replicas();
        if (deployment.moodle().sessions() == SessionHandler.REDIS && replicas < 1) {
            out.at("cache.replicas", "cache.replicas is " + replicas + " while moodle.sessions is redis: automatic"
                    + " failover needs a primary and at least one replica (NumCacheClusters 2 or more), so a single"
                    + " node holds every session and its failure logs everybody out.");
        }
    }
}
