package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Optional;

/** LB-011: each allowed network is an IPv4 CIDR written with its network address. */
final class AllowedCidrFormatRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("LB-011", Severity.ERROR,
            "Allowed networks are IPv4 CIDRs",
            "Write each entry of loadBalancer.allowedCidrs as an IPv4 network such as 203.0.113.0/24 (0.0.0.0/0 for everyone).",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> cidrs = deployment.loadBalancer().allowedCidrs();
        for (int i = 0; i < cidrs.size(); i++) {
            String text = cidrs.get(i);
            Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(text);
            String path = "loadBalancer.allowedCidrs[" + i + "]";
            if (cidr.isEmpty()) {
                out.at(path, path + " is '" + text + "', not an IPv4 CIDR such as 203.0.113.0/24 (a single address is 203.0.113.7/32).");
            } else if (!cidr.get().isNetworkAddress()) {
                out.at(path, path + " is '" + text + "', which has host bits set: write it as " + cidr.get().canonical() + ".");
            }
        }
    }
}
