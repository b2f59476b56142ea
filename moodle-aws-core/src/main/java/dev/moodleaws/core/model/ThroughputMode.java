package dev.moodleaws.core.model;

/** EFS throughput mode. */
public enum ThroughputMode implements NamedValue {
    ELASTIC("elastic"),
    BURSTING("bursting"),
    PROVISIONED("provisioned");

    private final String value;

    ThroughputMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
