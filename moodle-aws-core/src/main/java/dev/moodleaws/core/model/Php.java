package dev.moodleaws.core.model;

import java.util.List;
import java.util.Objects;

/**
 * PHP version and the settings Moodle needs.
 *
 * @param version PHP version such as {@code 8.3}; defaults to the newest the Moodle version and OS support.
 * @param maxInputVars {@code max_input_vars}; Moodle requires at least 5000.
 * @param memoryLimit {@code memory_limit}.
 * @param uploadMaxSize {@code upload_max_filesize} and {@code post_max_size}.
 * @param maxExecutionTimeSeconds {@code max_execution_time} for web requests.
 * @param opcache Enable OPcache.
 * @param extraExtensions PHP extensions installed beyond the ones Moodle requires.
 */
public record Php(
        String version,
        int maxInputVars,
        String memoryLimit,
        String uploadMaxSize,
        int maxExecutionTimeSeconds,
        boolean opcache,
        List<String> extraExtensions) {

    public Php {
        extraExtensions = extraExtensions == null ? List.of() : List.copyOf(extraExtensions);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.maxInputVars = maxInputVars;
        b.memoryLimit = memoryLimit;
        b.uploadMaxSize = uploadMaxSize;
        b.maxExecutionTimeSeconds = maxExecutionTimeSeconds;
        b.opcache = opcache;
        b.extraExtensions = extraExtensions;
        return b;
    }

    /** Builds a {@link Php}; unset values keep their defaults. */
    public static final class Builder {
        private String version;
        private int maxInputVars = 5000;
        private String memoryLimit = "512M";
        private String uploadMaxSize = "256M";
        private int maxExecutionTimeSeconds = 300;
        private boolean opcache = true;
        private List<String> extraExtensions = List.of();

        private Builder() {
        }

        /** PHP version such as {@code 8.3}; defaults to the newest the Moodle version and OS support. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** {@code max_input_vars}; Moodle requires at least 5000. */
        public Builder maxInputVars(int maxInputVars) {
            this.maxInputVars = maxInputVars;
            return this;
        }

        /** {@code memory_limit}. */
        public Builder memoryLimit(String memoryLimit) {
            this.memoryLimit = memoryLimit;
            return this;
        }

        /** {@code upload_max_filesize} and {@code post_max_size}. */
        public Builder uploadMaxSize(String uploadMaxSize) {
            this.uploadMaxSize = uploadMaxSize;
            return this;
        }

        /** {@code max_execution_time} for web requests. */
        public Builder maxExecutionTimeSeconds(int maxExecutionTimeSeconds) {
            this.maxExecutionTimeSeconds = maxExecutionTimeSeconds;
            return this;
        }

        /** Enable OPcache. */
        public Builder opcache(boolean opcache) {
            this.opcache = opcache;
            return this;
        }

        /** PHP extensions installed beyond the ones Moodle requires. */
        public Builder extraExtensions(List<String> extraExtensions) {
            this.extraExtensions = extraExtensions;
            return this;
        }

        public Php build() {
            return new Php(version, maxInputVars, memoryLimit, uploadMaxSize, maxExecutionTimeSeconds, opcache, extraExtensions);
        }
    }
}
