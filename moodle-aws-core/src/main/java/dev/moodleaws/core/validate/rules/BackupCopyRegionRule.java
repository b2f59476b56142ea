package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** BAK-005: the copies go to another region, so that they outlive a regional outage. */
final class BackupCopyRegionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-005", Severity.WARNING,
            "Backup copies go to another region",
            "Name a vault in a second region in backup.copyToVaultArn (another account in the same region protects"
                    + " only against the loss of this account).",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Backup b = deployment.backup();
        if (b.copies() && deployment.region().equals(BackupCopyTargetRule.region(b.copyToVaultArn()))) {
            out.at("backup.copyToVaultArn", "backup.copyToVaultArn is in " + deployment.region()
                    + ", the site's own region: the copies are lost with the region.");
        }
    }
}
