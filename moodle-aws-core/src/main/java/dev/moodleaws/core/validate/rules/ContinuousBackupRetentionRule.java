package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** BAK-002: continuous backup (point-in-time recovery) keeps at most 35 days. */
final class ContinuousBackupRetentionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-002", Severity.ERROR,
            "Point-in-time recovery keeps at most 35 days",
            "Set backup.retentionDays to 35 or less, or backup.pointInTimeRecovery: false for longer snapshot retention.",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Backup b = deployment.backup();
        if (b.enabled() && b.pointInTimeRecovery() && b.retentionDays() > Backup.MAX_CONTINUOUS_DAYS) {
            out.at("backup.retentionDays", "backup.retentionDays is " + b.retentionDays()
                    + " with point-in-time recovery: AWS Backup refuses a continuous backup rule kept longer than "
                    + Backup.MAX_CONTINUOUS_DAYS + " days.");
        }
    }
}
