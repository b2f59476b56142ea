package dev.moodleaws.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The mail settings a deployment really gets: one place the validator and the renderer both ask. */
public final class EffectiveMail {
    /**
     * Regions with an Amazon SES SMTP endpoint {@code email-smtp.<region>.amazonaws.com}: the endpoint
     * table of the AWS General Reference ("Amazon Simple Email Service endpoints and quotas"), checked
     * against the regions whose CloudFormation registry has {@code AWS::SES::EmailIdentity} (the
     * provider schemas bundled with cfn-lint 1.51.0).
     */
    public static final Set<String> SES_REGIONS = Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ap-northeast-1", "ap-northeast-2",
            "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1",
            "eu-north-1", "il-central-1", "me-south-1", "me-central-1", "sa-east-1", "us-gov-west-1", "us-gov-east-1");
    /** Moodle's SMTP authentication type for both SES and relays (SES accepts LOGIN and PLAIN). */
    public static final String AUTH_TYPE = "LOGIN";
    static final String DEFAULT_LOCAL_PART = "noreply";

    private EffectiveMail() {
    }

    /** Whether Moodle is told an SMTP server at all. */
    public static boolean smtp(Mail mail) {
        return mail.mode() != MailMode.NONE;
    }

    /** Whether Moodle logs in to the SMTP server (its user and password come from the node's mail file). */
    public static boolean authenticated(Mail mail) {
        return switch (mail.mode()) {
            case NONE -> false;
            case SES -> true;
            case RELAY -> mail.user() != null && !mail.user().isEmpty();
        };
    }

    /** The domain of the SES identity: the one given, else the no-reply address's, else the site host's. */
    public static String sesDomain(Deployment d) {
        Mail mail = d.moodle().mail();
        if (mail.domain() != null) {
            return mail.domain().toLowerCase(Locale.ROOT);
        }
        return domainOf(mail.noReplyAddress()).orElseGet(() -> host(d.moodle().wwwroot()));
    }

    /** The no-reply address Moodle gets, if any: the one given, or with SES {@code noreply@} the identity's domain. */
    public static Optional<String> noReplyAddress(Deployment d) {
        Mail mail = d.moodle().mail();
        if (mail.noReplyAddress() != null) {
            return Optional.of(mail.noReplyAddress());
        }
        return mail.mode() == MailMode.SES ? Optional.of(DEFAULT_LOCAL_PART + "@" + sesDomain(d)) : Optional.empty();
    }

    /** Moodle's {@code $CFG->smtphosts}: {@code host:port}. */
    public static String smtpHosts(Deployment d) {
        Mail mail = d.moodle().mail();
        return switch (mail.mode()) {
            case NONE -> "";
            case SES -> sesEndpoint(d.region()) + ":" + Mail.SUBMISSION_PORT;
            case RELAY -> mail.host() + ":" + mail.port();
        };
    }

    /** Moodle's {@code $CFG->smtpsecure}: SES always takes STARTTLS on 587. */
    public static String smtpSecure(Mail mail) {
        return mail.mode() == MailMode.SES ? MailSecurity.STARTTLS.smtpSecure() : mail.security().smtpSecure();
    }

    /** The SES SMTP endpoint of a region. */
    public static String sesEndpoint(String region) {
        return "email-smtp." + region + ".amazonaws.com";
    }

    /** The domain part of an address, lower case. */
    public static Optional<String> domainOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? Optional.empty() : Optional.of(address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code domain} is {@code identity} or one of its subdomains (SES lets a domain identity send from both). */
    public static boolean withinDomain(String domain, String identity) {
        String d = domain.toLowerCase(Locale.ROOT);
        String i = identity.toLowerCase(Locale.ROOT);
        return d.equals(i) || d.endsWith("." + i);
    }

    private static String host(String wwwroot) {
        String h = wwwroot.replaceFirst("^[a-zA-Z]+://", "");
        int end = h.indexOf('/');
        return (end < 0 ? h : h.substring(0, end)).replaceFirst(":[0-9]+$", "").toLowerCase(Locale.ROOT);
    }
}
