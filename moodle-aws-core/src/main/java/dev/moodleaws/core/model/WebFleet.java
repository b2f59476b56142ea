package dev.moodleaws.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The Auto Scaling group of Spot web servers.
 *
 * @param instanceTypes Instance types to diversify over.
 * @param minSize Minimum size.
 * @param desiredCapacity Desired capacity.
 * @param maxSize Maximum size.
 * @param onDemandBaseCapacity On-Demand instances before any Spot.
 * @param onDemandPercentageAboveBase Percentage of On-Demand above the base.
 * @param spotAllocationStrategy Spot allocation strategy.
 * @param capacityRebalance Replace Spot instances at elevated risk of interruption.
 * @param imdsV2Required Require IMDSv2 tokens.
 * @param runsCron Whether web nodes run Moodle cron.
 * @param rootVolumeGb Root volume size.
 * @param encryptedVolumes Encrypt root volumes.
 * @param targetCpuPercent Target average CPU of the scaling policy.
 * @param healthCheckGracePeriodSeconds Time a new instance has before ELB health checks count.
 */
public record WebFleet(
        List<String> instanceTypes,
        int minSize,
        int desiredCapacity,
        int maxSize,
        int onDemandBaseCapacity,
        int onDemandPercentageAboveBase,
        SpotAllocationStrategy spotAllocationStrategy,
        boolean capacityRebalance,
        boolean imdsV2Required,
        boolean runsCron,
        int rootVolumeGb,
        boolean encryptedVolumes,
        int targetCpuPercent,
        int healthCheckGracePeriodSeconds) {

    public WebFleet {
        instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        Objects.requireNonNull(spotAllocationStrategy, "spotAllocationStrategy");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.instanceTypes = instanceTypes;
        b.minSize = minSize;
        b.desiredCapacity = desiredCapacity;
        b.maxSize = maxSize;
        b.onDemandBaseCapacity = onDemandBaseCapacity;
        b.onDemandPercentageAboveBase = onDemandPercentageAboveBase;
        b.spotAllocationStrategy = spotAllocationStrategy;
        b.capacityRebalance = capacityRebalance;
        b.imdsV2Required = imdsV2Required;
        b.runsCron = runsCron;
        b.rootVolumeGb = rootVolumeGb;
        b.encryptedVolumes = encryptedVolumes;
        b.targetCpuPercent = targetCpuPercent;
        b.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
        return b;
    }

    /** Builds a {@link WebFleet}; unset values keep their defaults. */
    public static final class Builder {
        private List<String> instanceTypes = List.of("m6i.large", "m5.large", "t3.large", "c6i.large");
        private int minSize = 2;
        private int desiredCapacity = 2;
        private int maxSize = 6;
        private int onDemandBaseCapacity = 0;
        private int onDemandPercentageAboveBase = 0;
        private SpotAllocationStrategy spotAllocationStrategy = SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED;
        private boolean capacityRebalance = true;
        private boolean imdsV2Required = true;
        private boolean runsCron = false;
        private int rootVolumeGb = 20;
        private boolean encryptedVolumes = true;
        private int targetCpuPercent = 60;
        private int healthCheckGracePeriodSeconds = 600;

        private Builder() {
        }

        /** Instance types to diversify over. */
        public Builder instanceTypes(List<String> instanceTypes) {
            this.instanceTypes = instanceTypes;
            return this;
        }

        /** Minimum size. */
        public Builder minSize(int minSize) {
            this.minSize = minSize;
            return this;
        }

        /** Desired capacity. */
        public Builder desiredCapacity(int desiredCapacity) {
            this.desiredCapacity = desiredCapacity;
            return this;
        }

        /** Maximum size. */
        public Builder maxSize(int maxSize) {
            this.maxSize = maxSize;
            return this;
        }

        /** On-Demand instances before any Spot. */
        public Builder onDemandBaseCapacity(int onDemandBaseCapacity) {
            this.onDemandBaseCapacity = onDemandBaseCapacity;
            return this;
        }

        /** Percentage of On-Demand above the base. */
        public Builder onDemandPercentageAboveBase(int onDemandPercentageAboveBase) {
            this.onDemandPercentageAboveBase = onDemandPercentageAboveBase;
            return this;
        }

        /** Spot allocation strategy. */
        public Builder spotAllocationStrategy(SpotAllocationStrategy spotAllocationStrategy) {
            this.spotAllocationStrategy = spotAllocationStrategy;
            return this;
        }

        /** Replace Spot instances at elevated risk of interruption. */
        public Builder capacityRebalance(boolean capacityRebalance) {
            this.capacityRebalance = capacityRebalance;
            return this;
        }

        /** Require IMDSv2 tokens. */
        public Builder imdsV2Required(boolean imdsV2Required) {
            this.imdsV2Required = imdsV2Required;
            return this;
        }

        /** Whether web nodes run Moodle cron. */
        public Builder runsCron(boolean runsCron) {
            this.runsCron = runsCron;
            return this;
        }

        /** Root volume size. */
        public Builder rootVolumeGb(int rootVolumeGb) {
            this.rootVolumeGb = rootVolumeGb;
            return this;
        }

        /** Encrypt root volumes. */
        public Builder encryptedVolumes(boolean encryptedVolumes) {
            this.encryptedVolumes = encryptedVolumes;
            return this;
        }

        /** Target average CPU of the scaling policy. */
        public Builder targetCpuPercent(int targetCpuPercent) {
            this.targetCpuPercent = targetCpuPercent;
            return this;
        }

        /** Time a new instance has before ELB health checks count. */
        public Builder healthCheckGracePeriodSeconds(int healthCheckGracePeriodSeconds) {
            this.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
            return this;
        }

        public WebFleet build() {
            return new WebFleet(instanceTypes, minSize, desiredCapacity, maxSize, onDemandBaseCapacity, onDemandPercentageAboveBase, spotAllocationStrategy, capacityRebalance, imdsV2Required, runsCron, rootVolumeGb, encryptedVolumes, targetCpuPercent, healthCheckGracePeriodSeconds);
        }
    }
}
