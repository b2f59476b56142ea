package dev.moodleaws.core.validate;

/** How bad a finding is: errors block render and deploy, warnings fail only on request. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Lower-case name as printed in reports. */
    public String label() {
        return label;
    }
}
