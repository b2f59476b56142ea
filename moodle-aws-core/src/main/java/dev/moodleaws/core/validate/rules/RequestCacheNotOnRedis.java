package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Request caches cannot be mapped to Redis, whatever the guide says. */
final class RequestCacheNotOnRedis implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MUC-003", Severity.ERROR,
            "The request cache is not mapped to Redis",
            "Write `request: static` under `moodle.caches:` in moodle-aws.yaml, or delete `moodle.caches.request` (static is the default).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/cache/stores/redis/lib.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        CacheStore request = deployment.moodle().caches().request();
        if (request == CacheStore.REDIS) {
            out.at("moodle.caches.request", "moodle.caches.request is " + request.value() + ", which Moodle cannot"
                    + " do: cachestore_redis serves the application and session modes only, and request mode is"
                    + " served by the static (in-memory) store. The guide's \"Application, Session, Request to Redis\""
                    + " is wrong for request caches; they live for one request and need no sharing.");
        }
    }
}
