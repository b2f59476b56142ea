package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-004: automated backups are on, with a retention RDS accepts (1 to 35 days). */
final class BackupRetentionRule implements ModelRule {
    static final int MAX_DAYS = 35;

    static final RuleInfo INFO = new RuleInfo("DB-004", Severity.ERROR,
            "Automated database backups are on (1 to 35 days)",
            "Set database.backupRetentionDays to 7 or more, at most 35.",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int days = deployment.database().backupRetentionDays();
        if (days < 1) {
            out.at("database.backupRetentionDays", "database.backupRetentionDays is " + days
                    + ": that turns automated backups and point-in-time restore off; the guide asks for automated backups.");
        } else if (days > MAX_DAYS) {
            out.at("database.backupRetentionDays", "database.backupRetentionDays is " + days
                    + ": RDS keeps automated backups for at most 35 days (use AWS Backup for longer).");
        }
    }
}
