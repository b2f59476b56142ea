package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-001: the HTTPS listener has an ACM certificate. */
final class CertificatePresentRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-001", Severity.ERROR,
            "The load balancer has an ACM certificate for HTTPS",
            "Request or import a certificate for the site's host name in ACM, in the deployment's region, and set"
                    + " loadBalancer.certificateArn: arn:aws:acm:<region>:<account>:certificate/<id>.",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String arn = deployment.loadBalancer().certificateArn();
        if (arn == null || arn.isBlank()) {
            out.at("loadBalancer.certificateArn", "loadBalancer.certificateArn is "
                    + (arn == null ? "missing" : "empty") + ": the HTTPS listener needs a certificate, and the site is served only over HTTPS.");
        }
    }
}
