package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The guide's risk: a large fleet on bursting EFS throughput runs out of burst credits. */
final class EfsThroughputForLargeFleet implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("RISK-003", Severity.INFO,
            "A large fleet does not rely on bursting EFS throughput",
            "Write `throughputMode: elastic` (or `provisioned` with `provisionedThroughputMibps:`) under `fileStorage:` in moodle-aws.yaml.",
            RuleSource.GUIDE, "guide: 1. File Storage (EFS), Performance Notes; Risks and Limitations");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        ThroughputMode mode = deployment.fileStorage().throughputMode();
        int maxSize = deployment.web().maxSize();
        if (mode == ThroughputMode.BURSTING && maxSize >= SpotCapacityFloor.LARGE_FLEET) {
            out.at("fileStorage.throughputMode", "fileStorage.throughputMode is " + mode.value() + " for a fleet that"
                    + " may grow to " + maxSize + " nodes: bursting throughput scales with the amount of data stored,"
                    + " so a busy site with a small moodledata spends its burst credits and every page that touches"
                    + " moodledata slows down.");
        }
    }
}
