package dev.moodleaws.core.model;

import java.util.List;

/**
 * Who hears of the site's alarms: every CloudWatch alarm of the stack notifies one SNS topic, and
 * these addresses are its e-mail subscriptions (each confirms once, from the e-mail AWS sends).
 *
 * @param emails E-mail addresses subscribed to the alarm topic.
 */
public record Alerts(List<String> emails) {

    public Alerts {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.emails = emails;
        return b;
    }

    /** Builds an {@link Alerts}; unset values keep their defaults. */
    public static final class Builder {
        private List<String> emails = List.of();

        private Builder() {
        }

        /** E-mail addresses subscribed to the alarm topic. */
        public Builder emails(List<String> emails) {
            this.emails = emails;
            return this;
        }

        public Alerts build() {
            return new Alerts(emails);
        }
    }
}
