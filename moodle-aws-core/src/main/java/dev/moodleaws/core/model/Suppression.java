package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * A finding the user accepts, with the reason.
 *
 * @param rule Rule ID, for example {@code LB-003}.
 * @param reason Why it is accepted.
 * @param path Limit it to findings on this key path; null for all of the rule.
 */
public record Suppression(
        String rule,
        String reason,
        String path) {

    public Suppression {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rule = rule;
        b.reason = reason;
        b.path = path;
        return b;
    }

    /** Builds a {@link Suppression}; unset values keep their defaults. */
    public static final class Builder {
        private String rule;
        private String reason;
        private String path;

        private Builder() {
        }

        /** Rule ID, for example {@code LB-003}. */
        public Builder rule(String rule) {
            this.rule = rule;
            return this;
        }

        /** Why it is accepted. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Limit it to findings on this key path; null for all of the rule. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Suppression build() {
            return new Suppression(rule, reason, path);
        }
    }
}
