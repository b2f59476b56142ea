package dev.moodleaws.core.model;

/**
 * The AWS Backup plan of the site's data: the database and, when {@code fileStorage.backups} is on,
 * the EFS file system, into a vault of the stack, optionally copied to a vault in another region or
 * account.
 *
 * @param enabled Create the vault, plan and selection.
 * @param schedule When backups start: an AWS Backup {@code cron(...)} expression in UTC.
 * @param retentionDays Days each recovery point is kept.
 * @param pointInTimeRecovery Continuous backup of the database (restore to any second within the retention, at most 35 days).
 * @param copyToVaultArn ARN of a vault in another region or account that receives a copy of each recovery point.
 * @param copyRetentionDays Days the copies are kept; the retention of the originals when left out.
 */
public record Backup(
        boolean enabled,
        String schedule,
        int retentionDays,
        boolean pointInTimeRecovery,
        String copyToVaultArn,
        Integer copyRetentionDays) {

    /** Continuous backups of RDS and Aurora are kept at most this long. */
    public static final int MAX_CONTINUOUS_DAYS = 35;

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().enabled(enabled).schedule(schedule).retentionDays(retentionDays)
                .pointInTimeRecovery(pointInTimeRecovery).copyToVaultArn(copyToVaultArn)
                .copyRetentionDays(copyRetentionDays);
    }

    /** Whether recovery points are copied to a second vault. */
    public boolean copies() {
        return enabled && copyToVaultArn != null;
    }

    /** Days the copies are kept. */
    public int effectiveCopyRetentionDays() {
        return copyRetentionDays != null ? copyRetentionDays : retentionDays;
    }

    /** Builds a {@link Backup}; unset values keep their defaults. */
    public static final class Builder {
        private boolean enabled = true;
        private String schedule = "cron(0 3 * * ? *)";
        private int retentionDays = 35;
        private boolean pointInTimeRecovery = true;
        private String copyToVaultArn;
        private Integer copyRetentionDays;

        private Builder() {
        }

        /** Create the vault, plan and selection. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** When backups start: an AWS Backup {@code cron(...)} expression in UTC. */
        public Builder schedule(String schedule) {
            this.schedule = schedule;
            return this;
        }

        /** Days each recovery point is kept. */
        public Builder retentionDays(int retentionDays) {
            this.retentionDays = retentionDays;
            return this;
        }

        /** Continuous backup of the database. */
        public Builder pointInTimeRecovery(boolean pointInTimeRecovery) {
            this.pointInTimeRecovery = pointInTimeRecovery;
            return this;
        }

        /** ARN of a vault in another region or account that receives a copy of each recovery point. */
        public Builder copyToVaultArn(String copyToVaultArn) {
            this.copyToVaultArn = copyToVaultArn;
            return this;
        }

        /** Days the copies are kept. */
        public Builder copyRetentionDays(Integer copyRetentionDays) {
            this.copyRetentionDays = copyRetentionDays;
            return this;
        }

        public Backup build() {
            return new Backup(enabled, schedule, retentionDays, pointInTimeRecovery, copyToVaultArn, copyRetentionDays);
        }
    }
}
