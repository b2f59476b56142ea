package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LockFactory;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Task and cache locks live in the database, which every node shares reliably. */
final class DatabaseLockFactory implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-002", Severity.WARNING,
            "Locks use the database lock factory, not files",
            "Write `lockFactory: db` under `moodle:` in moodle-aws.yaml, or delete `moodle.lockFactory` (db is the default).",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/config-dist.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        LockFactory factory = deployment.moodle().lockFactory();
        if (factory == LockFactory.FILE) {
            out.at("moodle.lockFactory", "moodle.lockFactory is " + factory.value() + ": file locks in the shared"
                    + " dataroot depend on NFS lock handling and are slow on EFS, and a lock held by a reclaimed Spot"
                    + " node can linger. On a cluster use the database lock factory.");
        }
    }
}
