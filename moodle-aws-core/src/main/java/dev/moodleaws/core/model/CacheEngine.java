package dev.moodleaws.core.model;

/** The ElastiCache engine serving Moodle's Redis stores. */
public enum CacheEngine implements NamedValue {
    REDIS("redis"),
    VALKEY("valkey");

    private final String value;

    CacheEngine(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
