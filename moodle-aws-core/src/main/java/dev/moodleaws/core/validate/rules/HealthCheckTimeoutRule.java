package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-005: a health check times out before the next one starts. */
final class HealthCheckTimeoutRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-005", Severity.ERROR,
            "The health check timeout is shorter than its interval",
            "Set loadBalancer.healthCheck.timeoutSeconds below loadBalancer.healthCheck.intervalSeconds, for example 10 and 30.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        HealthCheck check = deployment.loadBalancer().healthCheck();
        if (check.timeoutSeconds() >= check.intervalSeconds()) {
            out.at("loadBalancer.healthCheck.timeoutSeconds", "loadBalancer.healthCheck.timeoutSeconds "
                    + check.timeoutSeconds() + " is not below intervalSeconds " + check.intervalSeconds()
                    + ": the target group requires the timeout to be shorter than the interval.");
        }
    }
}
