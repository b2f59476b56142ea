package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-003: plain HTTP is redirected to HTTPS. */
final class HttpsRedirectRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-003", Severity.WARNING,
            "HTTP is redirected to HTTPS",
            "Set loadBalancer.httpToHttpsRedirect: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.loadBalancer().httpToHttpsRedirect()) {
            out.at("loadBalancer.httpToHttpsRedirect", "loadBalancer.httpToHttpsRedirect is false: visitors typing"
                    + " the bare host name reach nothing on port 80 instead of the https wwwroot.");
        }
    }
}
