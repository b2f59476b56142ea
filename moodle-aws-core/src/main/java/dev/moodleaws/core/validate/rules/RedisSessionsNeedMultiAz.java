package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** With sessions in Redis, the replicas live in other availability zones. */
final class RedisSessionsNeedMultiAz implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SESS-004", Severity.ERROR,
            "Redis sessions need a Multi-AZ replication group",
            "Write `multiAz: true` under `cache:` in moodle-aws.yaml, or delete `cache.multiAz` (true is the default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().sessions() == SessionHandler.REDIS && !deployment.cache().multiAz()) {
            out.at("cache.multiAz", "cache.multiAz is false while moodle.sessions is redis: the replicas may sit in"
                    + " the same availability zone as the primary, so losing that zone loses every session although"
                    + " the web fleet and the database survive it.");
        }
    }
}
