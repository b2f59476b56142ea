package dev.moodleaws.core.model;

/**
 * How the connection to the SMTP server is protected, with Moodle's {@code $CFG->smtpsecure} value
 * for it: {@code tls} there means STARTTLS on a plain connection, {@code ssl} TLS from the first byte.
 */
public enum MailSecurity implements NamedValue {
    STARTTLS("starttls", "tls"),
    TLS("tls", "ssl"),
    NONE("none", "");

    private final String value;
    private final String smtpSecure;

    MailSecurity(String value, String smtpSecure) {
        this.value = value;
        this.smtpSecure = smtpSecure;
    }

    @Override
    public String value() {
        return value;
    }

    /** Moodle's {@code $CFG->smtpsecure} for this choice. */
    public String smtpSecure() {
        return smtpSecure;
    }
}
