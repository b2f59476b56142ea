package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Application and session caches live in Redis rather than in files on EFS. */
final class SharedCachesNotOnFileStore implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MUC-002", Severity.WARNING,
            "Application and session caches are not in the shared file store on EFS",
            "Write `application: redis` and `session: redis` under `moodle.caches:` in moodle-aws.yaml (the defaults).",
            RuleSource.GUIDE, "guide: 5. Moodle Application Configuration (Universal Cache)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        SharedCacheModes.mappedTo(deployment.moodle().caches(), CacheStore.SHARED_FILE, mode -> report(out, mode));
    }

    private static void report(Findings out, String mode) {
        out.at("moodle.caches." + mode, "moodle.caches." + mode + " is " + CacheStore.SHARED_FILE.value() + ": the"
                + " file store in the shared cachedir is consistent across nodes, but every cache read and write then"
                + " goes over NFS to EFS with file locks, which is much slower than Redis and eats into EFS throughput.");
    }
}
