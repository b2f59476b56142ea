package dev.moodleaws.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The VPC: a new one rendered with the stack, or an existing one.
 *
 * @param mode New VPC or existing VPC.
 * @param vpcCidr CIDR of a new VPC.
 * @param availabilityZoneCount How many availability zones a new VPC spans when none are named.
 * @param availabilityZones Availability zones by name; empty picks the first ones of the region.
 * @param natGateways NAT gateways of a new VPC.
 * @param vpcId Existing VPC id.
 * @param publicSubnetIds Existing public subnets (load balancer), one per AZ.
 * @param privateSubnetIds Existing private subnets (instances, data), one per AZ.
 * @param ssh Open SSH (port 22) to the admin CIDRs; Session Manager works without it.
 * @param adminCidrs Networks allowed to reach the instances over SSH.
 */
public record Network(
        NetworkMode mode,
        String vpcCidr,
        int availabilityZoneCount,
        List<String> availabilityZones,
        NatGateways natGateways,
        String vpcId,
        List<String> publicSubnetIds,
        List<String> privateSubnetIds,
        boolean ssh,
        List<String> adminCidrs) {

    public Network {
        Objects.requireNonNull(mode, "mode");
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
        Objects.requireNonNull(natGateways, "natGateways");
        publicSubnetIds = publicSubnetIds == null ? List.of() : List.copyOf(publicSubnetIds);
        privateSubnetIds = privateSubnetIds == null ? List.of() : List.copyOf(privateSubnetIds);
        adminCidrs = adminCidrs == null ? List.of() : List.copyOf(adminCidrs);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.vpcCidr = vpcCidr;
        b.availabilityZoneCount = availabilityZoneCount;
        b.availabilityZones = availabilityZones;
        b.natGateways = natGateways;
        b.vpcId = vpcId;
        b.publicSubnetIds = publicSubnetIds;
        b.privateSubnetIds = privateSubnetIds;
        b.ssh = ssh;
        b.adminCidrs = adminCidrs;
        return b;
    }

    /** Builds a {@link Network}; unset values keep their defaults. */
    public static final class Builder {
        private NetworkMode mode = NetworkMode.NEW;
        private String vpcCidr = "10.0.0.0/16";
        private int availabilityZoneCount = 2;
        private List<String> availabilityZones = List.of();
        private NatGateways natGateways = NatGateways.PER_AZ;
        private String vpcId;
        private List<String> publicSubnetIds = List.of();
        private List<String> privateSubnetIds = List.of();
        private boolean ssh = false;
        private List<String> adminCidrs = List.of();

        private Builder() {
        }

        /** New VPC or existing VPC. */
        public Builder mode(NetworkMode mode) {
            this.mode = mode;
            return this;
        }

        /** CIDR of a new VPC. */
        public Builder vpcCidr(String vpcCidr) {
            this.vpcCidr = vpcCidr;
            return this;
        }

        /** How many availability zones a new VPC spans when none are named. */
        public Builder availabilityZoneCount(int availabilityZoneCount) {
            this.availabilityZoneCount = availabilityZoneCount;
            return this;
        }

        /** Availability zones by name; empty picks the first ones of the region. */
        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        /** NAT gateways of a new VPC. */
        public Builder natGateways(NatGateways natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        /** Existing VPC id. */
        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        /** Existing public subnets (load balancer), one per AZ. */
        public Builder publicSubnetIds(List<String> publicSubnetIds) {
            this.publicSubnetIds = publicSubnetIds;
            return this;
        }

        /** Existing private subnets (instances, data), one per AZ. */
        public Builder privateSubnetIds(List<String> privateSubnetIds) {
            this.privateSubnetIds = privateSubnetIds;
            return this;
        }

        /** Open SSH (port 22) to the admin CIDRs; Session Manager works without it. */
        public Builder ssh(boolean ssh) {
            this.ssh = ssh;
            return this;
        }

        /** Networks allowed to reach the instances over SSH. */
        public Builder adminCidrs(List<String> adminCidrs) {
            this.adminCidrs = adminCidrs;
            return this;
        }

        public Network build() {
            return new Network(mode, vpcCidr, availabilityZoneCount, availabilityZones, natGateways, vpcId, publicSubnetIds, privateSubnetIds, ssh, adminCidrs);
        }
    }
}
