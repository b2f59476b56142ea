package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Request caches use the static store, the only store that serves request mode. */
final class RequestCacheStatic implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MUC-004", Severity.ERROR,
            "The request cache uses the static store",
            "Write `request: static` under `moodle.caches:` in moodle-aws.yaml, or delete `moodle.caches.request` (static is the default).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/cache/stores/static/lib.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        CacheStore request = deployment.moodle().caches().request();
        // Redis has its own rule (MUC-003), which also explains the guide's mistake.
        if (request != CacheStore.STATIC && request != CacheStore.REDIS) {
            out.at("moodle.caches.request", "moodle.caches.request is " + request.value() + ": the file stores serve"
                    + " the application and session modes only; request mode is served by the static (in-memory)"
                    + " store, which lives for one request and needs no sharing.");
        }
    }
}
