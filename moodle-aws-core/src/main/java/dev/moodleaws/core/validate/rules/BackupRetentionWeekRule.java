package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-005: automated backups cover at least a week. */
final class BackupRetentionWeekRule implements ModelRule {
    static final int RECOMMENDED_DAYS = 7;

    static final RuleInfo INFO = new RuleInfo("DB-005", Severity.INFO,
            "Database backups are kept at least 7 days",
            "Set database.backupRetentionDays: 7 (or more, to match what the business needs).",
            RuleSource.GUIDE, "guide: 1. Establish Shared Storage and State (retention matching business requirements)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int days = deployment.database().backupRetentionDays();
        if (days >= 1 && days < RECOMMENDED_DAYS) {
            out.at("database.backupRetentionDays", "database.backupRetentionDays is " + days
                    + ": a problem noticed after a weekend or a holiday may be older than the oldest restore point.");
        }
    }
}
