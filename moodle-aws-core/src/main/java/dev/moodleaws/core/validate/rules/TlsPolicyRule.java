package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-008: the HTTPS listener uses a TLS 1.3 security policy. */
final class TlsPolicyRule implements ModelRule {
    private static final String TLS13_PREFIX = "ELBSecurityPolicy-TLS13-";

    static final RuleInfo INFO = new RuleInfo("LB-008", Severity.WARNING,
            "The HTTPS listener uses a TLS 1.3 security policy",
            "Set loadBalancer.sslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06 (or remove it: it is the default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String policy = deployment.loadBalancer().sslPolicy();
        if (policy == null || policy.isBlank()) {
            out.at("loadBalancer.sslPolicy", "loadBalancer.sslPolicy is not set: CloudFormation then uses the old"
                    + " ELBSecurityPolicy-2016-08, which allows TLS 1.0 and 1.1 and has no TLS 1.3.");
        } else if (!policy.startsWith(TLS13_PREFIX)) {
            out.at("loadBalancer.sslPolicy", "loadBalancer.sslPolicy " + policy + " is not a TLS 1.3 policy"
                    + " (ELBSecurityPolicy-TLS13-*); CloudFormation's own default is the old ELBSecurityPolicy-2016-08.");
        }
    }
}
