package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** NET-009: VPC and subnet ids are written the way AWS issues them. */
final class ResourceIdFormatRule implements ModelRule {
    private static final Pattern VPC_ID = Pattern.compile("vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})");

    static final RuleInfo INFO = new RuleInfo("NET-009", Severity.ERROR,
            "VPC and subnet ids are well formed",
            "Copy the ids from the VPC console or `aws ec2 describe-subnets`: network.vpcId looks like"
                    + " vpc-0123456789abcdef0, each subnet id like subnet-0123456789abcdef0.",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        String vpcId = network.vpcId();
        if (vpcId != null && !vpcId.isBlank() && !VPC_ID.matcher(vpcId).matches()) {
            out.at("network.vpcId", "network.vpcId '" + vpcId + "' is not a VPC id (vpc- and 8 or 17 hex digits).");
        }
        checkSubnets("network.publicSubnetIds", network.publicSubnetIds(), out);
        checkSubnets("network.privateSubnetIds", network.privateSubnetIds(), out);
    }

    private static void checkSubnets(String key, List<String> ids, Findings out) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !SUBNET_ID.matcher(id).matches()) {
                out.at(key + "[" + i + "]", key + "[" + i + "]: subnet id '" + id + "' is not a subnet id (subnet- and 8 or 17 hex digits).");
            }
        }
    }
}
