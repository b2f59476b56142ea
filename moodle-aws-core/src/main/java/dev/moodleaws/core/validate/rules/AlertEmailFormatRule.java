package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** ALERT-001: every alert address is one e-mail address, which SNS accepts as an {@code email} subscription. */
final class AlertEmailFormatRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("ALERT-001", Severity.ERROR,
            "Alert addresses are e-mail addresses",
            "Write each entry of alerts.emails as one address such as ops@example.org.",
            RuleSource.AWS, "https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html");

    /** One local part, an @ and a host name with at least one dot; no spaces, commas or quotes. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> emails = deployment.alerts().emails();
        for (int i = 0; i < emails.size(); i++) {
            if (!ADDRESS.matcher(emails.get(i)).matches()) {
                out.at("alerts.emails[" + i + "]", "'" + emails.get(i) + "' is not one e-mail address such as ops@example.org.");
            }
        }
    }
}
