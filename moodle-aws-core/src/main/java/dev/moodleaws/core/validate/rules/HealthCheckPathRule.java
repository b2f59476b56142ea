package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-007: the health check path is an absolute path. */
final class HealthCheckPathRule implements ModelRule {
    static final int LONGEST = 1024;

    static final RuleInfo INFO = new RuleInfo("LB-007", Severity.ERROR,
            "The health check path starts with /",
            "Set loadBalancer.healthCheck.path: /moodle-aws-health.php (or another path starting with /).",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String path = deployment.loadBalancer().healthCheck().path();
        if (path == null || !path.startsWith("/")) {
            out.at("loadBalancer.healthCheck.path", "loadBalancer.healthCheck.path '" + path
                    + "' does not start with /: the target group takes a path on the instance, not a URL.");
        } else if (path.length() > LONGEST) {
            out.at("loadBalancer.healthCheck.path", "loadBalancer.healthCheck.path is " + path.length()
                    + " characters long: the target group takes at most 1024.");
        }
    }
}
