package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The MUC store of each cache mode.
 *
 * @param application Application caches.
 * @param session Session caches.
 * @param request Request caches (only the static store can serve them).
 */
public record Caches(
        CacheStore application,
        CacheStore session,
        CacheStore request) {

    public Caches {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(request, "request");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.application = application;
        b.session = session;
        b.request = request;
        return b;
    }

    /** Builds a {@link Caches}; unset values keep their defaults. */
    public static final class Builder {
        private CacheStore application = CacheStore.REDIS;
        private CacheStore session = CacheStore.REDIS;
        private CacheStore request = CacheStore.STATIC;

        private Builder() {
        }

        /** Application caches. */
        public Builder application(CacheStore application) {
            this.application = application;
            return this;
        }

        /** Session caches. */
        public Builder session(CacheStore session) {
            this.session = session;
            return this;
        }

        /** Request caches (only the static store can serve them). */
        public Builder request(CacheStore request) {
            this.request = request;
            return this;
        }

        public Caches build() {
            return new Caches(application, session, request);
        }
    }
}
