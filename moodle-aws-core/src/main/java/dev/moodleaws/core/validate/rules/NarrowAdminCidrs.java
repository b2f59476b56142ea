package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/** Admin networks are narrow: an IPv4 range no wider than /16, an IPv6 range no wider than /48. */
final class NarrowAdminCidrs implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-004", Severity.WARNING,
            "Admin networks are no wider than /16 (IPv6: /48)",
            "Write the narrowest range your admins use in `network.adminCidrs` in moodle-aws.yaml, e.g. `203.0.113.0/24`.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html");

    private static final int WIDEST_IPV4 = 16;
    private static final int WIDEST_IPV6 = 48;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        List<String> cidrs = network.adminCidrs();
        for (int i = 0; i < cidrs.size(); i++) {
            String cidr = cidrs.get(i);
            int prefix = AdminCidrs.prefixLength(cidr);
            if (prefix < 0 || (network.ssh() && AdminCidrs.isAnywhere(cidr))) {
                continue; // malformed ranges are SEC-006's error; SSH from anywhere is SEC-002's
            }
            int widest = AdminCidrs.isIpv6(cidr) ? WIDEST_IPV6 : WIDEST_IPV4;
            if (prefix < widest) {
                out.at("network.adminCidrs[" + i + "]", "network.adminCidrs[" + i + "] is " + cidr.trim() + ", wider"
                        + " than /" + widest + ": it admits far more addresses than an office or VPN uses.");
            }
        }
    }
}
