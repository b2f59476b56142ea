package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-006: the health check keeps the guide's interval (30 s) and healthy threshold (2). */
final class HealthCheckGuideDefaultsRule implements ModelRule {
    static final int GUIDE_INTERVAL = 30;
    static final int GUIDE_HEALTHY_THRESHOLD = 2;

    static final RuleInfo INFO = new RuleInfo("LB-006", Severity.INFO,
            "The health check uses the guide's interval (30 s) and healthy threshold (2)",
            "Set loadBalancer.healthCheck.intervalSeconds: 30 and loadBalancer.healthCheck.healthyThreshold: 2, or"
                    + " suppress this finding with the reason for other values.",
            RuleSource.GUIDE, "guide: 4. Configure Load Balancing (health checks: interval 30 seconds, healthy threshold 2)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        HealthCheck check = deployment.loadBalancer().healthCheck();
        if (check.intervalSeconds() != GUIDE_INTERVAL) {
            out.at("loadBalancer.healthCheck.intervalSeconds", "loadBalancer.healthCheck.intervalSeconds is "
                    + check.intervalSeconds() + ", not the guide's 30: it changes how fast failed instances leave"
                    + " and new ones join.");
        }
        if (check.healthyThreshold() != GUIDE_HEALTHY_THRESHOLD) {
            out.at("loadBalancer.healthCheck.healthyThreshold", "loadBalancer.healthCheck.healthyThreshold is "
                    + check.healthyThreshold() + ", not the guide's 2: new instances take "
                    + check.healthyThreshold() * check.intervalSeconds() + " s to receive traffic.");
        }
    }
}
