package dev.moodleaws.core.model;

/** The store a MUC cache mode is mapped to: Redis, Moodle's file store in the shared cachedir, the node-local cache directory, or the in-memory static store. */
public enum CacheStore implements NamedValue {
    REDIS("redis"),
    SHARED_FILE("file"),
    LOCAL_FILE("local"),
    STATIC("static");

    private final String value;

    CacheStore(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
