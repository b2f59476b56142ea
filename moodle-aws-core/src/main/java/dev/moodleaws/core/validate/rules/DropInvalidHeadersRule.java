package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-009: the load balancer drops headers with invalid names. */
final class DropInvalidHeadersRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-009", Severity.WARNING,
            "The load balancer drops invalid header fields",
            "Set loadBalancer.dropInvalidHeaders: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.loadBalancer().dropInvalidHeaders()) {
            out.at("loadBalancer.dropInvalidHeaders", "loadBalancer.dropInvalidHeaders is false: headers with"
                    + " invalid names reach Apache and PHP, which opens the door to request smuggling.");
        }
    }
}
