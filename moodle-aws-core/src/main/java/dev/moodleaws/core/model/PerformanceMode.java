package dev.moodleaws.core.model;

/** EFS performance mode. */
public enum PerformanceMode implements NamedValue {
    GENERAL_PURPOSE("generalPurpose"),
    MAX_IO("maxIO");

    private final String value;

    PerformanceMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
