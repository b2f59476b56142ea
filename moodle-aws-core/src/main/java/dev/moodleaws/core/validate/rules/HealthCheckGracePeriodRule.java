package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-014: a new web instance has time to install packages and code before health checks count. */
final class HealthCheckGracePeriodRule implements ModelRule {
    static final int MINIMUM_SECONDS = 300;

    static final RuleInfo INFO = new RuleInfo("FLEET-014", Severity.WARNING,
            "The health check grace period is at least 300 seconds",
            "Set web.healthCheckGracePeriodSeconds: 600 (at least 300).",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int seconds = deployment.web().healthCheckGracePeriodSeconds();
        if (seconds < MINIMUM_SECONDS) {
            out.at("web.healthCheckGracePeriodSeconds", "web.healthCheckGracePeriodSeconds is " + seconds
                    + ": the first boot installs the web server, PHP and the Moodle code, so instances would be"
                    + " marked unhealthy and replaced before they finish, over and over.");
        }
    }
}
