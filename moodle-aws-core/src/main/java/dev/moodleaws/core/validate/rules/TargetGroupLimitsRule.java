package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** LB-013: the load balancer's and health check's numbers are within the limits Elastic Load Balancing accepts. */
final class TargetGroupLimitsRule implements ModelRule {
    private static final Pattern MATCHER = Pattern.compile("\\d{3}(?:-\\d{3})?(?:,\\d{3}(?:-\\d{3})?)*");
    private static final Pattern CODE = Pattern.compile("\\d{3}");

    static final RuleInfo INFO = new RuleInfo("LB-013", Severity.ERROR,
            "Load balancer and health check values are within AWS limits",
            "Keep loadBalancer.healthCheck intervalSeconds 5-300, timeoutSeconds 2-120, healthyThreshold and"
                    + " unhealthyThreshold 2-10, matcher codes 200-499 (e.g. 200 or 200-399); deregistrationDelaySeconds"
                    + " 0-3600; idleTimeoutSeconds 1-4000.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        LoadBalancer lb = deployment.loadBalancer();
        HealthCheck hc = lb.healthCheck();
        range(out, "loadBalancer.healthCheck.intervalSeconds", hc.intervalSeconds(), 5, 300);
        range(out, "loadBalancer.healthCheck.timeoutSeconds", hc.timeoutSeconds(), 2, 120);
        range(out, "loadBalancer.healthCheck.healthyThreshold", hc.healthyThreshold(), 2, 10);
        range(out, "loadBalancer.healthCheck.unhealthyThreshold", hc.unhealthyThreshold(), 2, 10);
        range(out, "loadBalancer.deregistrationDelaySeconds", lb.deregistrationDelaySeconds(), 0, 3600);
        range(out, "loadBalancer.idleTimeoutSeconds", lb.idleTimeoutSeconds(), 1, 4000);
        if (!matcherValid(hc.matcher())) {
            out.at("loadBalancer.healthCheck.matcher", "loadBalancer.healthCheck.matcher '" + hc.matcher()
                    + "' is not a list of HTTP codes from 200 to 499 such as 200, 200-399 or 200,302.");
        }
    }

    private static void range(Findings out, String path, int value, int low, int high) {
        if (value < low || value > high) {
            out.at(path, path + " is " + value + ": AWS accepts " + low + " to " + high + ".");
        }
    }

    private static boolean matcherValid(String matcher) {
        if (matcher == null || !MATCHER.matcher(matcher).matches()) {
            return false;
        }
        var codes = CODE.matcher(matcher);
        while (codes.find()) {
            int code = Integer.parseInt(codes.group());
            if (code < 200 || code > 499) {
                return false;
            }
        }
        return true;
    }
}
