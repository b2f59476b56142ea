package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-002: an existing network names its VPC. */
final class ExistingVpcIdRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-002", Severity.ERROR,
            "An existing network names its VPC",
            "Under network, set vpcId: vpc-0123456789abcdef0 (the VPC holding the subnets), or set mode: new.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/configure-your-vpc.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        if (network.mode() == NetworkMode.EXISTING && (network.vpcId() == null || network.vpcId().isBlank())) {
            out.at("network.vpcId", "network.mode is existing but network.vpcId is "
                    + (network.vpcId() == null ? "missing" : "empty") + ": security groups and the target group need the VPC.");
        }
    }
}
