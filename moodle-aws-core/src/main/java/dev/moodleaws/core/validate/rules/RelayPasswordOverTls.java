package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.MailSecurity;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** A relay password travels over TLS. */
final class RelayPasswordOverTls implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-006", Severity.WARNING,
            "The relay login travels over TLS",
            "Set `security: starttls` (port 587) or `security: tls` (port 465) under `moodle.mail:` in moodle-aws.yaml.",
            RuleSource.MOODLE_AWS, "https://docs.moodle.org/en/Mail_configuration");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        var mail = deployment.moodle().mail();
        if (mail.mode() == MailMode.RELAY && mail.security() == MailSecurity.NONE && EffectiveMail.authenticated(mail)) {
            out.at("moodle.mail.security", "moodle.mail.security is none while Moodle logs in as " + mail.user()
                    + ": the relay password crosses the network in clear text.");
        }
    }
}
