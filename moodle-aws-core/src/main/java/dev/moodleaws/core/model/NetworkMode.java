package dev.moodleaws.core.model;

/** A new VPC rendered with the stack, or an existing VPC and its subnets. */
public enum NetworkMode implements NamedValue {
    NEW("new"),
    EXISTING("existing");

    private final String value;

    NetworkMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
