package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Rules that check names against what AWS offers (the {@code AWS} group), with the bundled data of {@link dev.moodleaws.core.aws.AwsOfferings}. */
public final class OfferingRules {
    private static final List<ModelRule> ALL = List.of(
            new Ec2InstanceTypesExist(),
            new DbInstanceClassExists(),
            new CacheNodeTypeExists(),
            new OfferedInRegion(),
            new DatabaseEngineVersionExists(),
            new CacheEngineVersionExists(),
            new TlsPolicyExists(),
            new RegionExists(),
            new AvailabilityZonesExist(),
            new AvailabilityZoneCountFits());

    private OfferingRules() {
    }

    /** Every rule of the AWS group, in ID order. Rules hold no state. */
    public static List<ModelRule> all() {
        return ALL;
    }
}
