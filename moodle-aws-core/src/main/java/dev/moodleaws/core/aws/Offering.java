package dev.moodleaws.core.aws;

import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.DatabaseEngine;

/**
 * One list of names AWS offers, under the key it has in the data file. Names that AWS offers per
 * region ({@link #regional()}) have one list of every name and one list per region.
 */
public enum Offering {
    EC2_INSTANCE_TYPE("ec2", "EC2 instance type", true),
    AURORA_MYSQL_CLASS("rds:aurora-mysql", "instance class of Aurora MySQL", true),
    MYSQL_CLASS("rds:mysql", "instance class of RDS for MySQL", true),
    MARIADB_CLASS("rds:mariadb", "instance class of RDS for MariaDB", true),
    CACHE_NODE_TYPE("cache", "ElastiCache node type", true),
    AURORA_MYSQL_VERSION("version:aurora-mysql", "Aurora MySQL engine version", false),
    MYSQL_VERSION("version:mysql", "engine version of RDS for MySQL", false),
    MARIADB_VERSION("version:mariadb", "engine version of RDS for MariaDB", false),
    REDIS_VERSION("version:redis", "ElastiCache for Redis OSS engine version", false),
    VALKEY_VERSION("version:valkey", "ElastiCache for Valkey engine version", false),
    ELB_TLS_POLICY("elb-tls-policy", "Application Load Balancer security policy", false);

    private final String key;
    private final String description;
    private final boolean regional;

    Offering(String key, String description, boolean regional) {
        this.key = key;
        this.description = description;
        this.regional = regional;
    }

    /** The key of its lines in the data file. */
    public String key() {
        return key;
    }

    /** What a name of this list is, for messages: "EC2 instance type". */
    public String description() {
        return description;
    }

    /** Whether the data file lists the names offered in each region too. */
    public boolean regional() {
        return regional;
    }

    public static Offering instanceClassOf(DatabaseEngine engine) {
        return switch (engine) {
            case AURORA_MYSQL -> AURORA_MYSQL_CLASS;
            case MYSQL -> MYSQL_CLASS;
            case MARIADB -> MARIADB_CLASS;
        };
    }

    public static Offering versionOf(DatabaseEngine engine) {
        return switch (engine) {
            case AURORA_MYSQL -> AURORA_MYSQL_VERSION;
            case MYSQL -> MYSQL_VERSION;
            case MARIADB -> MARIADB_VERSION;
        };
    }

    public static Offering versionOf(CacheEngine engine) {
        return engine == CacheEngine.VALKEY ? VALKEY_VERSION : REDIS_VERSION;
    }
}
