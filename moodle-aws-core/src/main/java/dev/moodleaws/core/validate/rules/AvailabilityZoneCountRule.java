package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** NET-001: every tier (database, file system, cache, web fleet, load balancer) spans two or more availability zones. */
final class AvailabilityZoneCountRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-001", Severity.ERROR,
            "The site spans at least two availability zones",
            "Set network.availabilityZoneCount: 2 (or more), or list two or more zones under network.availabilityZones;"
                    + " with network.mode: existing, list one private and one public subnet in each of two or more zones.",
            RuleSource.GUIDE, "guide: 1. Establish Shared Storage and State; 3. Configure the Spot Fleet");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        int zones = Effective.availabilityZoneCount(network);
        if (zones >= 2) {
            return;
        }
        String path;
        if (network.mode() == NetworkMode.EXISTING) {
            if (network.privateSubnetIds().isEmpty()) {
                return; // NET-003 reports the missing subnets
            }
            path = "network.privateSubnetIds";
        } else {
            path = network.availabilityZones().isEmpty() ? "network.availabilityZoneCount" : "network.availabilityZones";
        }
        out.at(path, "The site spans " + zones + " availability zone" + (zones == 1 ? "" : "s") + " (" + path
                + "): the database standby, EFS mount targets, cache replica and web fleet need a second zone to survive"
                + " the loss of one.");
    }
}
