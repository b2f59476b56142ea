package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-005: the file system is encrypted at rest. */
final class EfsEncryptedRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-005", Severity.ERROR,
            "EFS is encrypted at rest",
            "Set fileStorage.encrypted: true before the first deploy.",
            RuleSource.AWS, "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.fileStorage().encrypted()) {
            out.at("fileStorage.encrypted", "fileStorage.encrypted is false: moodledata (uploaded files, backups)"
                    + " would sit unencrypted. Encryption is chosen when the file system is created: changing it later"
                    + " replaces the file system.");
        }
    }
}
