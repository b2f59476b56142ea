package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-006: a new VPC has a NAT gateway in every zone, so outbound traffic survives the loss of a zone. */
final class NatGatewayPerZoneRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-006", Severity.WARNING,
            "A new VPC has one NAT gateway per availability zone",
            "Set network.natGateways: per-az.",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.network().mode() == NetworkMode.NEW && deployment.network().natGateways() == NatGateways.SINGLE) {
            out.at("network.natGateways", "network.natGateways is single: one NAT gateway lives in one zone, so losing"
                    + " that zone cuts outbound traffic (packages, code, email) for every instance.");
        }
    }
}
