package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-010: some network may reach the site. */
final class AllowedCidrsPresentRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-010", Severity.ERROR,
            "Some network may reach the load balancer",
            "List the networks allowed to reach the site under loadBalancer.allowedCidrs, for example 0.0.0.0/0"
                    + " for a public site.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.loadBalancer().allowedCidrs().isEmpty()) {
            out.at("loadBalancer.allowedCidrs", "loadBalancer.allowedCidrs is empty: the load balancer's security"
                    + " group would let no one reach the site.");
        }
    }
}
