package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-011: database storage is encrypted at rest. */
final class StorageEncryptedRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("DB-011", Severity.ERROR,
            "Database storage is encrypted at rest",
            "Set database.storageEncrypted: true before the first deploy.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.database().storageEncrypted()) {
            out.at("database.storageEncrypted", "database.storageEncrypted is false: user data, grades and backups"
                    + " would sit unencrypted. Encryption can only be chosen when the database is created: turning it"
                    + " on later replaces the database (restore from a snapshot).");
        }
    }
}
