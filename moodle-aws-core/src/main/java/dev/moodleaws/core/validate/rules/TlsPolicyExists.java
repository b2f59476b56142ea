package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-007: the HTTPS listener's security policy is one the Application Load Balancer offers. */
final class TlsPolicyExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-007", Severity.ERROR,
            "The TLS security policy is one the load balancer offers",
            "Set loadBalancer.sslPolicy to a predefined security policy such as ELBSecurityPolicy-TLS13-1-2-2021-06,"
                    + " or remove it to get that default.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String policy = deployment.loadBalancer().sslPolicy();
        if (policy != null && !policy.isBlank()) {
            AwsNames.reportUnknown(new AwsNames.Named("loadBalancer.sslPolicy", Offering.ELB_TLS_POLICY, policy), out);
        }
    }
}
