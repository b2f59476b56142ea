package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BAK-004: the copy target is the ARN of a backup vault. */
final class BackupCopyTargetRule implements ModelRule {
    static final Pattern VAULT_ARN = Pattern.compile(
            "^arn:aws[a-z-]*:backup:([a-z]{2}(?:-[a-z]+)+-[0-9]+):([0-9]{12}):backup-vault:[A-Za-z0-9_.-]{2,50}$");

    static final RuleInfo INFO = new RuleInfo("BAK-004", Severity.ERROR,
            "The backup copy target is a backup vault ARN",
            "Write backup.copyToVaultArn as arn:aws:backup:<region>:<account>:backup-vault:<name>.",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html");

    /** The region of a vault ARN, or null when it is not one. */
    static String region(String arn) {
        Matcher m = VAULT_ARN.matcher(arn);
        return m.matches() ? m.group(1) : null;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Backup b = deployment.backup();
        if (b.copies() && region(b.copyToVaultArn()) == null) {
            out.at("backup.copyToVaultArn", "backup.copyToVaultArn is '" + b.copyToVaultArn()
                    + "', not the ARN of a backup vault.");
        }
    }
}
