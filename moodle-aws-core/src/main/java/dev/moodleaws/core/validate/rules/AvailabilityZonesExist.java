package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

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
        AwsNames.data().zones(deployment.region()).ifPresent(known -> NamedZones.forEach(deployment, (path, zone, region) -> {
            // NET-008 reports zones of another region
            if (NamedZones.isOfRegion(zone, region) && !known.contains(zone)) {
                out.at(path, "Availability zone '" + zone + "' does not exist: region " + region + " has "
                        + String.join(", ", known) + ".");
            }
        }));
    }
}
