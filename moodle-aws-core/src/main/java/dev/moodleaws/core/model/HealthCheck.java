package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The target group health check.
 *
 * @param path Path requested.
 * @param intervalSeconds Interval.
 * @param timeoutSeconds Timeout.
 * @param healthyThreshold Successes before healthy.
 * @param unhealthyThreshold Failures before unhealthy.
 * @param matcher HTTP codes counted as healthy.
 */
public record HealthCheck(
        String path,
        int intervalSeconds,
        int timeoutSeconds,
        int healthyThreshold,
        int unhealthyThreshold,
        String matcher) {

    /**
     * The health script the boot scripts install in the document root: it answers 200 to a request
     * with any Host (the load balancer sends the node's IP) when the database, Redis and moodledata
     * are reachable, 503 otherwise. Moodle's own pages redirect such requests to the wwwroot.
     */
    public static final String HEALTH_SCRIPT_PATH = "/moodle-aws-health.php";

    public HealthCheck {
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.path = path;
        b.intervalSeconds = intervalSeconds;
        b.timeoutSeconds = timeoutSeconds;
        b.healthyThreshold = healthyThreshold;
        b.unhealthyThreshold = unhealthyThreshold;
        b.matcher = matcher;
        return b;
    }

    /** Builds a {@link HealthCheck}; unset values keep their defaults. */
    public static final class Builder {
        private String path = HEALTH_SCRIPT_PATH;
        private int intervalSeconds = 30;
        private int timeoutSeconds = 10;
        private int healthyThreshold = 2;
        private int unhealthyThreshold = 5;
        private String matcher = "200";

        private Builder() {
        }

        /** Path requested. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Interval. */
        public Builder intervalSeconds(int intervalSeconds) {
            this.intervalSeconds = intervalSeconds;
            return this;
        }

        /** Timeout. */
        public Builder timeoutSeconds(int timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /** Successes before healthy. */
        public Builder healthyThreshold(int healthyThreshold) {
            this.healthyThreshold = healthyThreshold;
            return this;
        }

        /** Failures before unhealthy. */
        public Builder unhealthyThreshold(int unhealthyThreshold) {
            this.unhealthyThreshold = unhealthyThreshold;
            return this;
        }

        /** HTTP codes counted as healthy. */
        public Builder matcher(String matcher) {
            this.matcher = matcher;
            return this;
        }

        public HealthCheck build() {
            return new HealthCheck(path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, matcher);
        }
    }
}
