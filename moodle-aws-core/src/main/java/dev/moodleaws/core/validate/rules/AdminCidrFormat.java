package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Each admin network is an IPv4 or IPv6 CIDR written with its network address. The template
 * writes an entry with a colon as {@code CidrIpv6} and any other as {@code CidrIp}, so text that is
 * neither would reach EC2 as a range of the wrong family.
 */
final class AdminCidrFormat implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-006", Severity.ERROR,
            "Admin networks are IPv4 or IPv6 CIDRs",
            "Write each entry of `network.adminCidrs` as a network such as `203.0.113.0/24` or `2001:db8:1::/48`"
                    + " in moodle-aws.yaml (a single address is `/32`, or `/128` for IPv6).",
            RuleSource.AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> cidrs = deployment.network().adminCidrs();
        for (int i = 0; i < cidrs.size(); i++) {
            String text = cidrs.get(i);
            String path = "network.adminCidrs[" + i + "]";
            Optional<String> canonical = AdminCidrs.isIpv6(text)
                    ? Ipv6Cidr.parse(text).map(c -> c.isNetworkAddress() ? text : c.canonical())
                    : Ipv4Cidr.parse(text).map(c -> c.isNetworkAddress() ? text : c.canonical());
            if (canonical.isEmpty()) {
                out.at(path, path + " is '" + text + "', which is neither an IPv4 CIDR such as 203.0.113.0/24 nor an"
                        + " IPv6 CIDR such as 2001:db8:1::/48 (address, slash, prefix length).");
            } else if (!canonical.get().equals(text)) {
                out.at(path, path + " is '" + text + "', which has host bits set: write it as " + canonical.get() + ".");
            }
        }
    }
}
