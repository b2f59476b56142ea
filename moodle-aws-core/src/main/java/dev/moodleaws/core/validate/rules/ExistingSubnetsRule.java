package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-003: an existing network lists public subnets (load balancer) and private subnets (instances, data). */
final class ExistingSubnetsRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-003", Severity.ERROR,
            "An existing network lists public and private subnets",
            "Under network, list publicSubnetIds (for the load balancer) and privateSubnetIds (for the instances,"
                    + " database, EFS and cache), one of each per availability zone.",
            RuleSource.GUIDE, "guide: 4. Configure Load Balancing (ALB in public subnets); 1. (data in private subnets)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        if (network.mode() != NetworkMode.EXISTING) {
            return;
        }
        if (network.publicSubnetIds().isEmpty()) {
            out.at("network.publicSubnetIds", "network.mode is existing but network.publicSubnetIds is empty:"
                    + " the load balancer needs a public subnet in each availability zone.");
        }
        if (network.privateSubnetIds().isEmpty()) {
            out.at("network.privateSubnetIds", "network.mode is existing but network.privateSubnetIds is empty:"
                    + " the instances, database, EFS and cache need a private subnet in each availability zone.");
        }
    }
}
