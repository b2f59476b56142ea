package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-004: an existing network has one public subnet for each private subnet (one pair per zone). */
final class SubnetPairsRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-004", Severity.ERROR,
            "An existing network has as many public as private subnets",
            "List exactly one public and one private subnet per availability zone under network.publicSubnetIds"
                    + " and network.privateSubnetIds.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        int publicCount = network.publicSubnetIds().size();
        int privateCount = network.privateSubnetIds().size();
        if (network.mode() != NetworkMode.EXISTING || publicCount == 0 || privateCount == 0 || publicCount == privateCount) {
            return;
        }
        out.at("network.publicSubnetIds", "network.publicSubnetIds lists " + publicCount + " subnet(s) but"
                + " network.privateSubnetIds lists " + privateCount + ": the load balancer must reach every zone the"
                + " web fleet runs in, so give one public subnet per private subnet's zone.");
    }
}
