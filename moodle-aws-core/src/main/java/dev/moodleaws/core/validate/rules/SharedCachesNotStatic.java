package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Application and session caches are not mapped to the static store, which serves request mode only. */
final class SharedCachesNotStatic implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MUC-005", Severity.ERROR,
            "Application and session caches are not mapped to the static store",
            "Write `application: redis` and `session: redis` under `moodle.caches:` in moodle-aws.yaml (the defaults).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/cache/stores/static/lib.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        SharedCacheModes.mappedTo(deployment.moodle().caches(), CacheStore.STATIC, mode -> report(out, mode));
    }

    private static void report(Findings out, String mode) {
        out.at("moodle.caches." + mode, "moodle.caches." + mode + " is " + CacheStore.STATIC.value() + ": the static"
                + " store serves request mode only and forgets everything at the end of each request, so it cannot"
                + " hold " + mode + " caches.");
    }
}
