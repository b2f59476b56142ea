package dev.moodleaws.core.model;

/**
 * How Moodle sends mail.
 *
 * @param mode None, Amazon SES created by the stack, or an SMTP relay.
 * @param noReplyAddress Moodle's {@code $CFG->noreplyaddress}; with SES an address of the identity's domain.
 * @param domain Domain of the SES identity; defaults to the domain of the no-reply address.
 * @param host Host name of the SMTP relay.
 * @param port Port of the SMTP relay.
 * @param security How the connection to the relay is protected.
 * @param user User name at the relay; none sends without authentication.
 * @param passwordSecretArn Secrets Manager ARN of the relay password (the secret's plain text value).
 */
public record Mail(
        MailMode mode,
        String noReplyAddress,
        String domain,
        String host,
        int port,
        MailSecurity security,
        String user,
        String passwordSecretArn) {

    /** The SMTP submission port both SES and most relays offer with STARTTLS. */
    public static final int SUBMISSION_PORT = 587;

    public Mail {
        java.util.Objects.requireNonNull(mode, "mode");
        java.util.Objects.requireNonNull(security, "security");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.noReplyAddress = noReplyAddress;
        b.domain = domain;
        b.host = host;
        b.port = port;
        b.security = security;
        b.user = user;
        b.passwordSecretArn = passwordSecretArn;
        return b;
    }

    /** Builds a {@link Mail}; unset values keep their defaults. */
    public static final class Builder {
        private MailMode mode = MailMode.NONE;
        private String noReplyAddress;
        private String domain;
        private String host;
        private int port = SUBMISSION_PORT;
        private MailSecurity security = MailSecurity.STARTTLS;
        private String user;
        private String passwordSecretArn;

        private Builder() {
        }

        /** None, Amazon SES created by the stack, or an SMTP relay. */
        public Builder mode(MailMode mode) {
            this.mode = mode;
            return this;
        }

        /** Moodle's no-reply address. */
        public Builder noReplyAddress(String noReplyAddress) {
            this.noReplyAddress = noReplyAddress;
            return this;
        }

        /** Domain of the SES identity. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** Host name of the SMTP relay. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port of the SMTP relay. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How the connection to the relay is protected. */
        public Builder security(MailSecurity security) {
            this.security = security;
            return this;
        }

        /** User name at the relay. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** Secrets Manager ARN of the relay password. */
        public Builder passwordSecretArn(String passwordSecretArn) {
            this.passwordSecretArn = passwordSecretArn;
            return this;
        }

        public Mail build() {
            return new Mail(mode, noReplyAddress, domain, host, port, security, user, passwordSecretArn);
        }
    }
}
