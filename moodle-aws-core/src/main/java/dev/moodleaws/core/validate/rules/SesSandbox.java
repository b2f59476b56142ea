package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** New SES accounts are in the sandbox: they send only to verified addresses until production access is granted. */
final class SesSandbox implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-003", Severity.WARNING,
            "SES production access is requested (new accounts are in the sandbox)",
            "Request production access for SES in the site's region (SES console, Account dashboard), then suppress this warning in moodle-aws.yaml with that as the reason.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().mail().mode() == MailMode.SES) {
            out.at("moodle.mail.mode", "moodle.mail.mode is ses: an account new to SES in " + deployment.region()
                    + " is in the sandbox, where SES sends only to verified addresses and at most 200 messages a day;"
                    + " users' password resets and notifications fail until production access is granted.");
        }
    }
}
