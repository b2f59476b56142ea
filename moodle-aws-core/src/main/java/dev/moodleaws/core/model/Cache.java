package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * The ElastiCache replication group (Redis or Valkey).
 *
 * @param engine Engine.
 * @param engineVersion Engine version; defaults to a current one of the engine.
 * @param nodeType Node type.
 * @param replicas Replicas beside the primary.
 * @param automaticFailover Promote a replica when the primary fails.
 * @param multiAz Keep the replicas in other availability zones.
 * @param transitEncryption TLS between Moodle and the cache.
 * @param atRestEncryption Encrypt snapshots and swap at rest.
 * @param authToken Require an AUTH token (generated, kept in Secrets Manager).
 */
public record Cache(
        CacheEngine engine,
        String engineVersion,
        String nodeType,
        int replicas,
        boolean automaticFailover,
        boolean multiAz,
        boolean transitEncryption,
        boolean atRestEncryption,
        boolean authToken) {

    public Cache {
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
        b.nodeType = nodeType;
        b.replicas = replicas;
        b.automaticFailover = automaticFailover;
        b.multiAz = multiAz;
        b.transitEncryption = transitEncryption;
        b.atRestEncryption = atRestEncryption;
        b.authToken = authToken;
        return b;
    }

    /** Builds a {@link Cache}; unset values keep their defaults. */
    public static final class Builder {
        private CacheEngine engine = CacheEngine.REDIS;
        private String engineVersion;
        private String nodeType = "cache.t4g.medium";
        private int replicas = 1;
        private boolean automaticFailover = true;
        private boolean multiAz = true;
        private boolean transitEncryption = true;
        private boolean atRestEncryption = true;
        private boolean authToken = true;

        private Builder() {
        }

        /** Engine. */
        public Builder engine(CacheEngine engine) {
            this.engine = engine;
            return this;
        }

        /** Engine version; defaults to a current one of the engine. */
        public Builder engineVersion(String engineVersion) {
            this.engineVersion = engineVersion;
            return this;
        }

        /** Node type. */
        public Builder nodeType(String nodeType) {
            this.nodeType = nodeType;
            return this;
        }

        /** Replicas beside the primary. */
        public Builder replicas(int replicas) {
            this.replicas = replicas;
            return this;
        }

        /** Promote a replica when the primary fails. */
        public Builder automaticFailover(boolean automaticFailover) {
            this.automaticFailover = automaticFailover;
            return this;
        }

        /** Keep the replicas in other availability zones. */
        public Builder multiAz(boolean multiAz) {
            this.multiAz = multiAz;
            return this;
        }

        /** TLS between Moodle and the cache. */
        public Builder transitEncryption(boolean transitEncryption) {
            this.transitEncryption = transitEncryption;
            return this;
        }

        /** Encrypt snapshots and swap at rest. */
        public Builder atRestEncryption(boolean atRestEncryption) {
            this.atRestEncryption = atRestEncryption;
            return this;
        }

        /** Require an AUTH token (generated, kept in Secrets Manager). */
        public Builder authToken(boolean authToken) {
            this.authToken = authToken;
            return this;
        }

        public Cache build() {
            return new Cache(engine, engineVersion, nodeType, replicas, automaticFailover, multiAz, transitEncryption, atRestEncryption, authToken);
        }
    }
}
