package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Amazon SES sends through an SMTP endpoint of the site's own region, which must exist. */
final class SesRegion implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-001", Severity.ERROR,
            "Amazon SES has an SMTP endpoint in the site's region",
            "Use `mode: relay` under `moodle.mail:` in moodle-aws.yaml with a relay (SES of another region is a relay too), or deploy the site in a region SES serves.",
            RuleSource.AWS, "https://docs.aws.amazon.com/general/latest/gr/ses.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().mail().mode() == MailMode.SES && !EffectiveMail.SES_REGIONS.contains(deployment.region())) {
            out.at("moodle.mail.mode", "moodle.mail.mode is ses, but Amazon SES has no SMTP endpoint in " + deployment.region()
                    + ": the stack cannot create the identity there and Moodle would have no server to send to.");
        }
    }
}
