package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-003: provisioned throughput states how many MiB/s to provision. */
final class EfsProvisionedThroughputRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-003", Severity.ERROR,
            "Provisioned EFS throughput states its MiB/s",
            "Set fileStorage.provisionedThroughputMibps to a positive number of MiB/s, for example 128.",
            RuleSource.AWS, "https://docs.aws.amazon.com/efs/latest/ug/performance.html#provisioned-throughput");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        FileStorage storage = deployment.fileStorage();
        if (storage.throughputMode() != ThroughputMode.PROVISIONED) {
            return;
        }
        Integer mibps = storage.provisionedThroughputMibps();
        if (mibps == null) {
            out.at("fileStorage.throughputMode", "fileStorage.throughputMode is provisioned but"
                    + " fileStorage.provisionedThroughputMibps is missing: EFS needs the throughput to provision.");
        } else if (mibps < 1) {
            out.at("fileStorage.provisionedThroughputMibps", "fileStorage.provisionedThroughputMibps is " + mibps
                    + ": provisioned throughput is at least 1 MiB/s.");
        }
    }
}
