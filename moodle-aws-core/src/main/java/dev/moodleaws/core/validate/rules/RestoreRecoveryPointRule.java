package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** BAK-007: the file system's files come back from an AWS Backup recovery point, named by its ARN. */
final class RestoreRecoveryPointRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-007", Severity.ERROR,
            "A file system restore names an AWS Backup recovery point",
            "Write the recovery point's ARN (arn:aws:backup:<region>:<account>:recovery-point:<id>, listed by aws backup"
                    + " list-recovery-points-by-resource) as fileStorage.restoreFromRecoveryPoint in moodle-aws.yaml.",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/restoring-efs.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String arn = deployment.fileStorage().restoreFromRecoveryPoint();
        if (arn != null && !RestoreArns.isRecoveryPoint(arn)) {
            out.at("fileStorage.restoreFromRecoveryPoint", "fileStorage.restoreFromRecoveryPoint " + arn
                    + " is no AWS Backup recovery point ARN (arn:aws:backup:<region>:<account>:recovery-point:<id>).");
        }
    }
}
