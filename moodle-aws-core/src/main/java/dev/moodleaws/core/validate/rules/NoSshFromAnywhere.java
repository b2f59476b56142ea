package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/** SSH, when open at all, is never open to the whole internet. */
final class NoSshFromAnywhere implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-002", Severity.ERROR,
            "SSH is not open to the whole internet",
            "Replace the entry in `network.adminCidrs` in moodle-aws.yaml with your office or VPN range (e.g. `203.0.113.0/24`), or write `ssh: false` under `network:` and use Session Manager.",
            RuleSource.AWS, "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        if (!network.ssh()) {
            return;
        }
        List<String> cidrs = network.adminCidrs();
        for (int i = 0; i < cidrs.size(); i++) {
            if (AdminCidrs.isAnywhere(cidrs.get(i))) {
                out.at("network.adminCidrs[" + i + "]", "network.adminCidrs[" + i + "] is " + cidrs.get(i).trim()
                        + " while network.ssh is true: port 22 of every instance would be open to the whole"
                        + " internet. Session Manager reaches the instances without SSH.");
            }
        }
    }
}
