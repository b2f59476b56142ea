package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LiteralSecret;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The descriptor holds no secret value: every secret is generated into AWS and read at boot. */
final class NoSecretsInDescriptor implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-001", Severity.ERROR,
            "The descriptor contains no secret",
            "Delete the key from moodle-aws.yaml (and from version control history); moodle-aws generates every secret in AWS.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        for (LiteralSecret secret : deployment.literalSecrets()) {
            out.at(secret.path(), secret.path() + " holds a secret value in the descriptor, which ends up in version"
                    + " control and build logs. No secret belongs there: RDS generates the database master password and"
                    + " manages it in Secrets Manager, the stack generates the Redis AUTH token and the Moodle admin"
                    + " password into Secrets Manager, and the instances read them at boot.");
        }
    }
}
