package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * A relay user comes with the ARN of its password secret, and the other way round; the secret is
 * in the site's region, where the nodes ask Secrets Manager.
 */
final class RelayCredentialsComplete implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-005", Severity.ERROR,
            "A relay user comes with its password secret in the site's region",
            "Write both `user:` and `passwordSecretArn:` under `moodle.mail:` (or neither, for a relay without login), in moodle-aws.yaml, with a secret of the site's region.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Mail mail = deployment.moodle().mail();
        if (mail.mode() != MailMode.RELAY) {
            return;
        }
        boolean user = mail.user() != null && !mail.user().isEmpty();
        String arn = mail.passwordSecretArn();
        if (user && arn == null) {
            out.at("moodle.mail.user", "moodle.mail.user is " + mail.user() + " but no passwordSecretArn says where its"
                    + " password is: Moodle would log in to the relay with an empty password.");
        } else if (!user && arn != null) {
            out.at("moodle.mail.passwordSecretArn", "moodle.mail.passwordSecretArn is " + arn + " but no user is given:"
                    + " Moodle logs in only when it has a user, so the password would never be used.");
        } else if (arn != null && !arn.split(":", -1)[3].equals(deployment.region())) {
            out.at("moodle.mail.passwordSecretArn", "moodle.mail.passwordSecretArn is " + arn + ", a secret outside "
                    + deployment.region() + ": the nodes read secrets from their own region. Replicate the secret there.");
        }
    }
}
