package dev.moodleaws.core.model;

/** Moodle's lock factory: the database (cluster-safe), Moodle's automatic choice, or files in the shared dataroot. */
public enum LockFactory implements NamedValue {
    DATABASE("db"),
    AUTO("auto"),
    FILE("file");

    private final String value;

    LockFactory(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
