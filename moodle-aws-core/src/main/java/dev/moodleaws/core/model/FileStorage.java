package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The EFS file system holding moodledata.
 *
 * @param performanceMode Performance mode.
 * @param throughputMode Throughput mode.
 * @param provisionedThroughputMibps Throughput in MiB/s when provisioned.
 * @param encrypted Encrypt at rest.
 * @param tlsMount Mount with TLS through efs-utils.
 * @param backups AWS Backup of the file system.
 * @param restoreFromRecoveryPoint ARN of the AWS Backup recovery point of an EFS file system whose files the RUNBOOK restores into the new one, or null.
 */
public record FileStorage(
        PerformanceMode performanceMode,
        ThroughputMode throughputMode,
        Integer provisionedThroughputMibps,
        boolean encrypted,
        boolean tlsMount,
        boolean backups,
        String restoreFromRecoveryPoint) {

    public FileStorage {
        Objects.requireNonNull(performanceMode, "performanceMode");
        Objects.requireNonNull(throughputMode, "throughputMode");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.performanceMode = performanceMode;
        b.throughputMode = throughputMode;
        b.provisionedThroughputMibps = provisionedThroughputMibps;
        b.encrypted = encrypted;
        b.tlsMount = tlsMount;
        b.backups = backups;
        b.restoreFromRecoveryPoint = restoreFromRecoveryPoint;
        return b;
    }

    /** Builds a {@link FileStorage}; unset values keep their defaults. */
    public static final class Builder {
        private PerformanceMode performanceMode = PerformanceMode.GENERAL_PURPOSE;
        private ThroughputMode throughputMode = ThroughputMode.ELASTIC;
        private Integer provisionedThroughputMibps;
        private boolean encrypted = true;
        private boolean tlsMount = true;
        private boolean backups = true;
        private String restoreFromRecoveryPoint;

        private Builder() {
        }

        /** Performance mode. */
        public Builder performanceMode(PerformanceMode performanceMode) {
            this.performanceMode = performanceMode;
            return this;
        }

        /** Throughput mode. */
        public Builder throughputMode(ThroughputMode throughputMode) {
            this.throughputMode = throughputMode;
            return this;
        }

        /** Throughput in MiB/s when provisioned. */
        public Builder provisionedThroughputMibps(Integer provisionedThroughputMibps) {
            this.provisionedThroughputMibps = provisionedThroughputMibps;
            return this;
        }

        /** Encrypt at rest. */
        public Builder encrypted(boolean encrypted) {
            this.encrypted = encrypted;
            return this;
        }

        /** Mount with TLS through efs-utils. */
        public Builder tlsMount(boolean tlsMount) {
            this.tlsMount = tlsMount;
            return this;
        }

        /** AWS Backup of the file system. */
        public Builder backups(boolean backups) {
            this.backups = backups;
            return this;
        }

        /** ARN of the AWS Backup recovery point of an EFS file system whose files the RUNBOOK restores into the new one, or null. */
        public Builder restoreFromRecoveryPoint(String restoreFromRecoveryPoint) {
            this.restoreFromRecoveryPoint = restoreFromRecoveryPoint;
            return this;
        }

        public FileStorage build() {
            return new FileStorage(performanceMode, throughputMode, provisionedThroughputMibps, encrypted, tlsMount, backups, restoreFromRecoveryPoint);
        }
    }
}
