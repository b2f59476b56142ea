package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-002: EFS does not use bursting throughput, which ties throughput to the amount stored. */
final class EfsBurstingThroughputRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-002", Severity.WARNING,
            "EFS does not use bursting throughput",
            "Set fileStorage.throughputMode: elastic (or remove it: elastic is the default).",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.fileStorage().throughputMode() == ThroughputMode.BURSTING) {
            out.at("fileStorage.throughputMode", "fileStorage.throughputMode is bursting: throughput scales with the"
                    + " data stored, so a small moodledata runs out of burst credits and slows every page;"
                    + " the guide recommends Elastic Throughput unless the site is very large.");
        }
    }
}
