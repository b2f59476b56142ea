package dev.moodleaws.core.model;

/** NAT gateways of a new VPC: one per availability zone (no single point of failure) or one shared. */
public enum NatGateways implements NamedValue {
    PER_AZ("per-az"),
    SINGLE("single"),
    NONE("none");

    private final String value;

    NatGateways(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
