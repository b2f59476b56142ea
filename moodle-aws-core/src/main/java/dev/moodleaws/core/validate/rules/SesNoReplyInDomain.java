package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** SES sends only from addresses of a verified identity: the no-reply address is in the identity's domain. */
final class SesNoReplyInDomain implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MAIL-002", Severity.ERROR,
            "With SES, the no-reply address is in the identity's domain",
            "Write a `noReplyAddress` of the `domain` under `moodle.mail:` in moodle-aws.yaml (or of one of its subdomains), or change `domain`.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ses/latest/dg/creating-identities.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.moodle().mail().mode() != MailMode.SES) {
            return;
        }
        String identity = EffectiveMail.sesDomain(deployment);
        EffectiveMail.noReplyAddress(deployment).ifPresent(address -> {
            String domain = EffectiveMail.domainOf(address).orElse("");
            if (!EffectiveMail.withinDomain(domain, identity)) {
                out.at("moodle.mail.noReplyAddress", "moodle.mail.noReplyAddress is " + address + ", outside " + identity
                        + ", the domain of the SES identity the stack creates: SES refuses to send from an unverified address"
                        + " (\"Email address is not verified\") and every message Moodle sends fails.");
            }
        });
    }
}
