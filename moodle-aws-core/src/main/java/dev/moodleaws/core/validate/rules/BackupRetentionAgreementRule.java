package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * BAK-003: the backup plan and the database's own automated backups agree. With point-in-time
 * recovery AWS Backup takes the automated backups over and sets their retention to the plan's, so a
 * different {@code database.backupRetentionDays} is not what the site gets; without it, a plan that
 * keeps fewer days than the automated backups adds nothing for the older days.
 */
final class BackupRetentionAgreementRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-003", Severity.WARNING,
            "The backup plan's retention agrees with the database's own backup retention",
            "Leave database.backupRetentionDays out when point-in-time recovery is on, or keep backup.retentionDays"
                    + " at least as long as it.",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Backup b = deployment.backup();
        int own = deployment.database().backupRetentionDays();
        if (!b.enabled()) {
            return;
        }
        if (b.pointInTimeRecovery()) {
            int effective = Effective.databaseBackupRetentionDays(deployment);
            if (deployment.sourceMap().isWritten("database.backupRetentionDays") && own != effective) {
                out.at("database.backupRetentionDays", "database.backupRetentionDays is " + own + " but point-in-time"
                        + " recovery makes AWS Backup set it to " + effective + " days (backup.retentionDays); the"
                        + " stack uses " + effective + ".");
            }
        } else if (b.retentionDays() < own) {
            out.at("backup.retentionDays", "backup.retentionDays is " + b.retentionDays()
                    + ", shorter than the database's own " + own + " days of automated backups: the plan adds no"
                    + " older restore point for the database.");
        }
    }
}
