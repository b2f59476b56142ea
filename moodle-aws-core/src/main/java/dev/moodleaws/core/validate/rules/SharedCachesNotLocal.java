package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Application and session caches are shared by every node, never kept on one node's disk. */
final class SharedCachesNotLocal implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MUC-001", Severity.ERROR,
            "Application and session caches are not node-local",
            "Write `application: redis` and `session: redis` under `moodle.caches:` in moodle-aws.yaml (the defaults).",
            RuleSource.GUIDE, "guide: 1. Caching (ElastiCache Redis), Notes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        SharedCacheModes.mappedTo(deployment.moodle().caches(), CacheStore.LOCAL_FILE, mode -> report(out, mode));
    }

    private static void report(Findings out, String mode) {
        out.at("moodle.caches." + mode, "moodle.caches." + mode + " is " + CacheStore.LOCAL_FILE.value() + ": each"
                + " node would keep its own copy of the " + mode + " cache, so nodes disagree after a purge or an"
                + " update (stale settings, language strings, course data), and a user's session cache vanishes when"
                + " the load balancer or a Spot interruption moves them to another node.");
    }
}
