package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * A secret value found in the descriptor: only its key path is kept.
 *
 * @param path Key path, for example {@code database.password}.
 */
public record LiteralSecret(
        String path) {

    public LiteralSecret {
        Objects.requireNonNull(path, "path");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.path = path;
        return b;
    }

    /** Builds a {@link LiteralSecret}; unset values keep their defaults. */
    public static final class Builder {
        private String path;

        private Builder() {
        }

        /** Key path, for example {@code database.password}. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public LiteralSecret build() {
            return new LiteralSecret(path);
        }
    }
}
