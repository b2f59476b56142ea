package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** A relay names its host. */
final class RelayNamesHost implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-004", Severity.ERROR,
            "An SMTP relay names its host",
            "Write `host:` (and `port:` when it is not 587) under `moodle.mail:` in moodle-aws.yaml.",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Mail_configuration");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().mail().mode() == MailMode.RELAY && deployment.moodle().mail().host() == null) {
            out.at("moodle.mail", "moodle.mail.mode is relay but no host is given: Moodle would fall back to PHP's"
                    + " mail(), which the instances cannot deliver.");
        }
    }
}
