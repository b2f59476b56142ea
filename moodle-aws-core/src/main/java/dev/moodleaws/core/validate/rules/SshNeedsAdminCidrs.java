package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Opening SSH names the networks it is open to. */
final class SshNeedsAdminCidrs implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-003", Severity.ERROR,
            "SSH names the admin networks it is open to",
            "Write `adminCidrs: [203.0.113.0/24]` (your office or VPN range) under `network:` in moodle-aws.yaml, or write `ssh: false` and use Session Manager.",
            RuleSource.GUIDE, "guide: 2. Configure the Stable Instance (Networking: inbound SSH from trusted locations)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        if (network.ssh() && network.adminCidrs().isEmpty()) {
            out.at("network.ssh", "network.ssh is true but network.adminCidrs is empty: SSH may only be open to"
                    + " trusted locations, and none are named. Session Manager reaches the instances without SSH.");
        }
    }
}
