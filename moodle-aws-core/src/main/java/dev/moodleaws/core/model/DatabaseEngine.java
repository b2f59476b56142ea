package dev.moodleaws.core.model;

/** The database engine behind Moodle. */
public enum DatabaseEngine implements NamedValue {
    AURORA_MYSQL("aurora-mysql"),
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String value;

    DatabaseEngine(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
