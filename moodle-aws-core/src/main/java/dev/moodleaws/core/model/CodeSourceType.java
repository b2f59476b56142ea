package dev.moodleaws.core.model;

/** Where the instances get the Moodle code. */
public enum CodeSourceType implements NamedValue {
    GIT("git"),
    S3("s3");

    private final String value;

    CodeSourceType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
