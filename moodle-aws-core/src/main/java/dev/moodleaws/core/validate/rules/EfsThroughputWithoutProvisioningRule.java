package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-004: a provisioned MiB/s figure is only given with provisioned throughput. */
final class EfsThroughputWithoutProvisioningRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-004", Severity.WARNING,
            "provisionedThroughputMibps is only set with provisioned throughput",
            "Remove fileStorage.provisionedThroughputMibps, or set fileStorage.throughputMode: provisioned.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        FileStorage storage = deployment.fileStorage();
        if (storage.throughputMode() != ThroughputMode.PROVISIONED && storage.provisionedThroughputMibps() != null) {
            out.at("fileStorage.provisionedThroughputMibps", "fileStorage.provisionedThroughputMibps is "
                    + storage.provisionedThroughputMibps() + " but fileStorage.throughputMode is "
                    + storage.throughputMode().value() + ": the figure is ignored.");
        }
    }
}
