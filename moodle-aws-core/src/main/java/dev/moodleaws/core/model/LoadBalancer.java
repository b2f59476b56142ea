package dev.moodleaws.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The Application Load Balancer and its target group.
 *
 * @param certificateArn ACM certificate for the HTTPS listener.
 * @param sslPolicy TLS policy of the HTTPS listener.
 * @param httpToHttpsRedirect Redirect HTTP to HTTPS.
 * @param healthCheck Target group health check.
 * @param deregistrationDelaySeconds Time in-flight requests get when a target leaves.
 * @param dropInvalidHeaders Drop HTTP headers with invalid names.
 * @param idleTimeoutSeconds Idle connection timeout.
 * @param allowedCidrs Networks allowed to reach the site.
 */
public record LoadBalancer(
        String certificateArn,
        String sslPolicy,
        boolean httpToHttpsRedirect,
        HealthCheck healthCheck,
        int deregistrationDelaySeconds,
        boolean dropInvalidHeaders,
        int idleTimeoutSeconds,
        List<String> allowedCidrs) {

    public LoadBalancer {
        Objects.requireNonNull(healthCheck, "healthCheck");
        allowedCidrs = allowedCidrs == null ? List.of() : List.copyOf(allowedCidrs);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.certificateArn = certificateArn;
        b.sslPolicy = sslPolicy;
        b.httpToHttpsRedirect = httpToHttpsRedirect;
        b.healthCheck = healthCheck;
        b.deregistrationDelaySeconds = deregistrationDelaySeconds;
        b.dropInvalidHeaders = dropInvalidHeaders;
        b.idleTimeoutSeconds = idleTimeoutSeconds;
        b.allowedCidrs = allowedCidrs;
        return b;
    }

    /** Builds a {@link LoadBalancer}; unset values keep their defaults. */
    public static final class Builder {
        private String certificateArn;
        private String sslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";
        private boolean httpToHttpsRedirect = true;
        private HealthCheck healthCheck = HealthCheck.builder().build();
        private int deregistrationDelaySeconds = 90;
        private boolean dropInvalidHeaders = true;
        private int idleTimeoutSeconds = 120;
        private List<String> allowedCidrs = List.of("0.0.0.0/0");

        private Builder() {
        }

        /** ACM certificate for the HTTPS listener. */
        public Builder certificateArn(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        /** TLS policy of the HTTPS listener. */
        public Builder sslPolicy(String sslPolicy) {
            this.sslPolicy = sslPolicy;
            return this;
        }

        /** Redirect HTTP to HTTPS. */
        public Builder httpToHttpsRedirect(boolean httpToHttpsRedirect) {
            this.httpToHttpsRedirect = httpToHttpsRedirect;
            return this;
        }

        /** Target group health check. */
        public Builder healthCheck(HealthCheck healthCheck) {
            this.healthCheck = healthCheck;
            return this;
        }

        /** Time in-flight requests get when a target leaves. */
        public Builder deregistrationDelaySeconds(int deregistrationDelaySeconds) {
            this.deregistrationDelaySeconds = deregistrationDelaySeconds;
            return this;
        }

        /** Drop HTTP headers with invalid names. */
        public Builder dropInvalidHeaders(boolean dropInvalidHeaders) {
            this.dropInvalidHeaders = dropInvalidHeaders;
            return this;
        }

        /** Idle connection timeout. */
        public Builder idleTimeoutSeconds(int idleTimeoutSeconds) {
            this.idleTimeoutSeconds = idleTimeoutSeconds;
            return this;
        }

        /** Networks allowed to reach the site. */
        public Builder allowedCidrs(List<String> allowedCidrs) {
            this.allowedCidrs = allowedCidrs;
            return this;
        }

        public LoadBalancer build() {
            return new LoadBalancer(certificateArn, sslPolicy, httpToHttpsRedirect, healthCheck, deregistrationDelaySeconds, dropInvalidHeaders, idleTimeoutSeconds, allowedCidrs);
        }
    }
}
