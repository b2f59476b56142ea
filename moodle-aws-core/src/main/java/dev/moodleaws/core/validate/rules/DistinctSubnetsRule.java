package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** NET-010: every subnet is listed once, and no subnet is both public and private. */
final class DistinctSubnetsRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-010", Severity.ERROR,
            "Each subnet is listed once, as public or as private",
            "Remove the repeated id: list each subnet once, under network.publicSubnetIds (routed to an internet"
                    + " gateway) or under network.privateSubnetIds (routed through NAT).",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        Set<String> seen = new HashSet<>();
        report("network.publicSubnetIds", network.publicSubnetIds(), seen, out);
        report("network.privateSubnetIds", network.privateSubnetIds(), seen, out);
    }

    private static void report(String key, List<String> ids, Set<String> seen, Findings out) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !seen.add(id)) {
                out.at(key + "[" + i + "]", "Subnet '" + id + "' is listed more than once: a subnet is either public"
                        + " or private, and each zone needs its own.");
            }
        }
    }
}
