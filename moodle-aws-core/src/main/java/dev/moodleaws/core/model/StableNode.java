package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The On-Demand instance that runs cron, background tasks, install and upgrade.
 *
 * @param instanceType Instance type.
 * @param count How many stable instances (exactly one).
 * @param purchase On-Demand or Spot.
 * @param runsCron Whether this node runs Moodle cron.
 * @param cronKeepAliveSeconds Run cron with {@code --keep-alive}; 0 starts it every minute.
 * @param inTargetGroup Register it with the load balancer (admin access through the ALB).
 * @param rootVolumeGb Root volume size.
 */
public record StableNode(
        String instanceType,
        int count,
        PurchaseOption purchase,
        boolean runsCron,
        int cronKeepAliveSeconds,
        boolean inTargetGroup,
        int rootVolumeGb) {

    public StableNode {
        Objects.requireNonNull(purchase, "purchase");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.instanceType = instanceType;
        b.count = count;
        b.purchase = purchase;
        b.runsCron = runsCron;
        b.cronKeepAliveSeconds = cronKeepAliveSeconds;
        b.inTargetGroup = inTargetGroup;
        b.rootVolumeGb = rootVolumeGb;
        return b;
    }

    /** Builds a {@link StableNode}; unset values keep their defaults. */
    public static final class Builder {
        private String instanceType = "t3.large";
        private int count = 1;
        private PurchaseOption purchase = PurchaseOption.ON_DEMAND;
        private boolean runsCron = true;
        private int cronKeepAliveSeconds = 0;
        private boolean inTargetGroup = false;
        private int rootVolumeGb = 30;

        private Builder() {
        }

        /** Instance type. */
        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /** How many stable instances (exactly one). */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /** On-Demand or Spot. */
        public Builder purchase(PurchaseOption purchase) {
            this.purchase = purchase;
            return this;
        }

        /** Whether this node runs Moodle cron. */
        public Builder runsCron(boolean runsCron) {
            this.runsCron = runsCron;
            return this;
        }

        /** Run cron with {@code --keep-alive}; 0 starts it every minute. */
        public Builder cronKeepAliveSeconds(int cronKeepAliveSeconds) {
            this.cronKeepAliveSeconds = cronKeepAliveSeconds;
            return this;
        }

        /** Register it with the load balancer (admin access through the ALB). */
        public Builder inTargetGroup(boolean inTargetGroup) {
            this.inTargetGroup = inTargetGroup;
            return this;
        }

        /** Root volume size. */
        public Builder rootVolumeGb(int rootVolumeGb) {
            this.rootVolumeGb = rootVolumeGb;
            return this;
        }

        public StableNode build() {
            return new StableNode(instanceType, count, purchase, runsCron, cronKeepAliveSeconds, inTargetGroup, rootVolumeGb);
        }
    }
}
