package dev.moodleaws.core.model;

/** Where Moodle keeps PHP sessions. */
public enum SessionHandler implements NamedValue {
    REDIS("redis"),
    DATABASE("database"),
    FILE("file");

    private final String value;

    SessionHandler(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
