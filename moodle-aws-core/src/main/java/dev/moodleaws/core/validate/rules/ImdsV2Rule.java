package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-011: the web instances require IMDSv2 session tokens. */
final class ImdsV2Rule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-011", Severity.ERROR,
            "Web instances require IMDSv2",
            "Set web.imdsV2Required: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.web().imdsV2Required()) {
            out.at("web.imdsV2Required", "web.imdsV2Required is false: IMDSv1 answers plain GET requests, so a"
                    + " server-side request forgery in Moodle or a plugin can read the instance role's credentials.");
        }
    }
}
