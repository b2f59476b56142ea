package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/** AWS-009: named availability zones exist in the region. */
final class AvailabilityZonesExist implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-009", Severity.ERROR,
            "Named availability zones exist in the region",
            "List under network.availabilityZones only zones the region has (the message names them), or remove the"
                    + " list and set network.availabilityZoneCount.",
            RuleSource.AWS, "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String region = deployment.region();
        List<String> zones = deployment.network().availabilityZones();
        AwsNames.data().zones(region).ifPresent(known -> {
            for (int i = 0; i < zones.size(); i++) {
                String zone = zones.get(i);
                // NET-008 reports zones of another region
                if (zone != null && zone.startsWith(region) && zone.length() > region.length() && !known.contains(zone)) {
                    out.at("network.availabilityZones[" + i + "]", "Availability zone '" + zone + "' does not exist: region "
                            + region + " has " + String.join(", ", known) + ".");
                }
            }
        });
    }
}
