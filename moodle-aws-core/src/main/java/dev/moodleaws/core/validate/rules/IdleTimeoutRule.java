package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-012: idle connections stay open long enough for slow uploads and long pages. */
final class IdleTimeoutRule implements ModelRule {
    static final int SHORTEST = 60;

    static final RuleInfo INFO = new RuleInfo("LB-012", Severity.INFO,
            "The load balancer idle timeout is at least 60 seconds",
            "Set loadBalancer.idleTimeoutSeconds: 120 (at least 60, AWS's default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int seconds = deployment.loadBalancer().idleTimeoutSeconds();
        if (seconds < SHORTEST) {
            out.at("loadBalancer.idleTimeoutSeconds", "loadBalancer.idleTimeoutSeconds is " + seconds
                    + ": long uploads and slow pages (reports, restores) that send nothing for that long get a 504.");
        }
    }
}
