package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.HashSet;
import java.util.Set;

/** NET-008: named availability zones belong to the deployment's region, each listed once. */
final class AvailabilityZoneNamesRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("NET-008", Severity.ERROR,
            "Named availability zones are distinct zones of the region",
            "List zones of the region under network.availabilityZones, each once, for example eu-west-1a and"
                    + " eu-west-1b for region eu-west-1; or remove the list and set network.availabilityZoneCount.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Set<String> seen = new HashSet<>();
        NamedZones.forEach(deployment, (path, zone, region) -> {
            if (!NamedZones.isOfRegion(zone, region)) {
                out.at(path, path + ": availability zone '" + zone + "' is not a zone of region " + region
                        + " (zone names start with the region name, for example " + region + "a).");
            } else if (!seen.add(zone)) {
                out.at(path, path + ": availability zone '" + zone + "' is listed twice: each zone counts once.");
            }
        });
    }
}
