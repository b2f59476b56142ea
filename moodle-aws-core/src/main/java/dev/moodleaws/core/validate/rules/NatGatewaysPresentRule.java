package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-005: a new VPC gives the private instances outbound access through NAT gateways. */
final class NatGatewaysPresentRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-005", Severity.ERROR,
            "A new VPC has NAT gateways for outbound access",
            "Set network.natGateways: per-az (or remove it: per-az is the default).",
            RuleSource.GUIDE, "guide: 2. Configure the Stable Instance (outbound internet access through a NAT Gateway)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.network().mode() == NetworkMode.NEW && deployment.network().natGateways() == NatGateways.NONE) {
            out.at("network.natGateways", "network.natGateways is none: instances in the private subnets could not"
                    + " download packages, PHP or the Moodle code at boot, nor send email.");
        }
    }
}
