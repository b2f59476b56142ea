package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Optional;

/** NET-007: a new VPC has an IPv4 CIDR from /16 to /24, room enough for a public and a private subnet per zone. */
final class VpcCidrRule implements ModelRule {
    static final int LARGEST_PREFIX = 16;
    static final int SMALLEST_PREFIX = 24;

    static final RuleInfo INFO = new RuleInfo("NET-007", Severity.ERROR,
            "A new VPC has an IPv4 CIDR from /16 to /24",
            "Set network.vpcCidr to a private IPv4 network from /16 to /24 written with its network address,"
                    + " for example 10.0.0.0/16.",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.network().mode() != NetworkMode.NEW) {
            return;
        }
        String text = deployment.network().vpcCidr();
        Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(text);
        if (cidr.isEmpty()) {
            out.at("network.vpcCidr", "network.vpcCidr '" + text + "' is not an IPv4 CIDR such as 10.0.0.0/16.");
        } else if (cidr.get().prefix() < LARGEST_PREFIX || cidr.get().prefix() > SMALLEST_PREFIX) {
            out.at("network.vpcCidr", "network.vpcCidr '" + text + "' has prefix /" + cidr.get().prefix()
                    + (cidr.get().prefix() < LARGEST_PREFIX ? ": AWS accepts no VPC larger than /16."
                    : ": too small to split into a public and a private subnet per availability zone (use /16 to /24)."));
        } else if (!cidr.get().isNetworkAddress()) {
            out.at("network.vpcCidr", "network.vpcCidr '" + text + "' has host bits set: write it as "
                    + cidr.get().canonical() + ".");
        }
    }
}
