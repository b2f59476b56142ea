package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The database: Aurora MySQL, or RDS MySQL or MariaDB.
 *
 * @param engine Engine.
 * @param engineVersion Engine version; defaults to one the Moodle version supports.
 * @param instanceClass DB instance class.
 * @param readers Aurora replicas beside the writer.
 * @param multiAz RDS Multi-AZ standby (RDS MySQL and MariaDB).
 * @param allocatedStorageGb Storage of an RDS instance in GiB.
 * @param backupRetentionDays Automated backup retention, 1 to 35 days.
 * @param storageEncrypted Encrypt storage at rest.
 * @param deletionProtection Refuse deletion of the database.
 * @param maxAllowedPacket {@code max_allowed_packet}.
 * @param innodbBufferPoolSize {@code innodb_buffer_pool_size}: bytes or an RDS formula.
 * @param databaseName Schema name.
 * @param masterUsername Master user; its password is generated and kept in Secrets Manager.
 * @param readFromReplica Send Moodle's read-only queries to the Aurora reader endpoint.
 * @param restoreFromSnapshot ARN of the snapshot the database is created from (a DB cluster snapshot for Aurora, a DB snapshot for RDS), or null for an empty database.
 */
public record Database(
        DatabaseEngine engine,
        String engineVersion,
        String instanceClass,
        int readers,
        boolean multiAz,
        int allocatedStorageGb,
        int backupRetentionDays,
        boolean storageEncrypted,
        boolean deletionProtection,
        String maxAllowedPacket,
        String innodbBufferPoolSize,
        String databaseName,
        String masterUsername,
        boolean readFromReplica,
        String restoreFromSnapshot) {

    public Database {
        Objects.requireNonNull(engine, "engine");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.engine = engine;
        b.engineVersion = engineVersion;
        b.instanceClass = instanceClass;
        b.readers = readers;
        b.multiAz = multiAz;
        b.allocatedStorageGb = allocatedStorageGb;
        b.backupRetentionDays = backupRetentionDays;
        b.storageEncrypted = storageEncrypted;
        b.deletionProtection = deletionProtection;
        b.maxAllowedPacket = maxAllowedPacket;
        b.innodbBufferPoolSize = innodbBufferPoolSize;
        b.databaseName = databaseName;
        b.masterUsername = masterUsername;
        b.readFromReplica = readFromReplica;
        b.restoreFromSnapshot = restoreFromSnapshot;
        return b;
    }

    /** Builds a {@link Database}; unset values keep their defaults. */
    public static final class Builder {
        private DatabaseEngine engine = DatabaseEngine.AURORA_MYSQL;
        private String engineVersion;
        private String instanceClass = "db.r6g.large";
        private int readers = 1;
        private boolean multiAz = true;
        private int allocatedStorageGb = 100;
        private int backupRetentionDays = 7;
        private boolean storageEncrypted = true;
        private boolean deletionProtection = true;
        private String maxAllowedPacket = "256M";
        private String innodbBufferPoolSize = "{DBInstanceClassMemory*3/4}";
        private String databaseName = "moodle";
        private String masterUsername = "moodle";
        private boolean readFromReplica = false;
        private String restoreFromSnapshot;

        private Builder() {
        }

        /** Engine. */
        public Builder engine(DatabaseEngine engine) {
            this.engine = engine;
            return this;
        }

        /** Engine version; defaults to one the Moodle version supports. */
        public Builder engineVersion(String engineVersion) {
            this.engineVersion = engineVersion;
            return this;
        }

        /** DB instance class. */
        public Builder instanceClass(String instanceClass) {
            this.instanceClass = instanceClass;
            return this;
        }

        /** Aurora replicas beside the writer. */
        public Builder readers(int readers) {
            this.readers = readers;
            return this;
        }

        /** RDS Multi-AZ standby (RDS MySQL and MariaDB). */
        public Builder multiAz(boolean multiAz) {
            this.multiAz = multiAz;
            return this;
        }

        /** Storage of an RDS instance in GiB. */
        public Builder allocatedStorageGb(int allocatedStorageGb) {
            this.allocatedStorageGb = allocatedStorageGb;
            return this;
        }

        /** Automated backup retention, 1 to 35 days. */
        public Builder backupRetentionDays(int backupRetentionDays) {
            this.backupRetentionDays = backupRetentionDays;
            return this;
        }

        /** Encrypt storage at rest. */
        public Builder storageEncrypted(boolean storageEncrypted) {
            this.storageEncrypted = storageEncrypted;
            return this;
        }

        /** Refuse deletion of the database. */
        public Builder deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return this;
        }

        /** {@code max_allowed_packet}. */
        public Builder maxAllowedPacket(String maxAllowedPacket) {
            this.maxAllowedPacket = maxAllowedPacket;
            return this;
        }

        /** {@code innodb_buffer_pool_size}: bytes or an RDS formula. */
        public Builder innodbBufferPoolSize(String innodbBufferPoolSize) {
            this.innodbBufferPoolSize = innodbBufferPoolSize;
            return this;
        }

        /** Schema name. */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /** Master user; its password is generated and kept in Secrets Manager. */
        public Builder masterUsername(String masterUsername) {
            this.masterUsername = masterUsername;
            return this;
        }

        /** Send Moodle's read-only queries to the Aurora reader endpoint. */
        public Builder readFromReplica(boolean readFromReplica) {
            this.readFromReplica = readFromReplica;
            return this;
        }

        /** ARN of the snapshot the database is created from (a DB cluster snapshot for Aurora, a DB snapshot for RDS), or null for an empty database. */
        public Builder restoreFromSnapshot(String restoreFromSnapshot) {
            this.restoreFromSnapshot = restoreFromSnapshot;
            return this;
        }

        public Database build() {
            return new Database(engine, engineVersion, instanceClass, readers, multiAz, allocatedStorageGb, backupRetentionDays, storageEncrypted, deletionProtection, maxAllowedPacket, innodbBufferPoolSize, databaseName, masterUsername, readFromReplica, restoreFromSnapshot);
        }
    }
}
