package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-007: moodledata is backed up by AWS Backup. */
final class EfsBackupsRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-007", Severity.WARNING,
            "EFS has automatic backups",
            "Set fileStorage.backups: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.fileStorage().backups()) {
            out.at("fileStorage.backups", "fileStorage.backups is false: the database is backed up but the files"
                    + " it points to (moodledata) are not, so a restore would lose every upload.");
        }
    }
}
