package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-010: the region has as many availability zones as the site asks to span. */
final class AvailabilityZoneCountFits implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-010", Severity.ERROR,
            "The region has as many availability zones as the site spans",
            "Set network.availabilityZoneCount to at most the number of zones of the region (the message says how many).",
            RuleSource.AWS, "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Network network = deployment.network();
        if (network.mode() == NetworkMode.EXISTING || !network.availabilityZones().isEmpty()) {
            return;
        }
        int count = network.availabilityZoneCount();
        AwsNames.data().zones(deployment.region()).filter(zones -> count > zones.size()).ifPresent(zones ->
                out.at("network.availabilityZoneCount", "network.availabilityZoneCount is " + count + " but region "
                        + deployment.region() + " has " + zones.size() + " availability zones (" + String.join(", ", zones)
                        + "): CloudFormation would fail to pick zone " + count + "."));
    }
}
