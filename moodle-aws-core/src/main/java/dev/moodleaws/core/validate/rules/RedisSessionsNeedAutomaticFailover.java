package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** With sessions in Redis, the replication group fails over on its own. */
final class RedisSessionsNeedAutomaticFailover implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SESS-002", Severity.ERROR,
            "Redis sessions need automatic failover",
            "Write `automaticFailover: true` under `cache:` in moodle-aws.yaml, or delete `cache.automaticFailover` (true is the default).",
            RuleSource.GUIDE, "guide: 1. Caching (ElastiCache Redis), Notes; Risks and Limitations");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().sessions() == SessionHandler.REDIS && !deployment.cache().automaticFailover()) {
            out.at("cache.automaticFailover", "cache.automaticFailover is false while moodle.sessions is redis: when"
                    + " the primary fails nothing promotes a replica, every user is logged out and nobody can log in"
                    + " until the node is back. Redis is a single point of failure without automatic failover.");
        }
    }
}
