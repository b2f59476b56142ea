package dev.moodleaws.core.model;

import java.util.List;

/**
 * The values a deployment really gets where the descriptor left a choice open: one place that the
 * validator and the renderer both ask, so they cannot disagree.
 */
public final class Effective {
    /** The PHP release used when none is given: supported by every known Moodle version and both systems. */
    static final String DEFAULT_PHP = "8.3";

    private Effective() {
    }

    public static String phpVersion(Moodle moodle) {
        return moodle.php().version() != null ? moodle.php().version() : DEFAULT_PHP;
    }

    /** PHP releases the operating system ships in its own repositories (no third-party repository). */
    public static List<String> phpVersionsOf(OperatingSystem os) {
        return switch (os) {
            case UBUNTU_24_04 -> List.of("8.3");
            case AMAZON_LINUX_2023 -> List.of("8.2", "8.3", "8.4");
        };
    }

    public static String engineVersion(Database database, MoodleVersion moodle) {
        if (database.engineVersion() != null) {
            return database.engineVersion();
        }
        return switch (database.engine()) {
            case AURORA_MYSQL -> "8.0.mysql_aurora.3.10.4";
            case MYSQL -> "8.4.9";
            case MARIADB -> moodle == MoodleVersion.V5_3 ? "11.4.10" : "10.11.16";
        };
    }

    /**
     * The MySQL-compatible release an engine version stands for: {@code 8.0} for Aurora MySQL 3,
     * the leading {@code major.minor} otherwise.
     */
    public static String mysqlCompatibleRelease(Database database, MoodleVersion moodle) {
        String v = engineVersion(database, moodle);
        return Versions.prefix(v, 2);
    }

    public static String cacheEngineVersion(Cache cache) {
        if (cache.engineVersion() != null) {
            return cache.engineVersion();
        }
        return cache.engine() == CacheEngine.VALKEY ? "8.0" : "7.1";
    }

    public static String codeRef(Moodle moodle) {
        return moodle.code().ref() != null ? moodle.code().ref() : moodle.version().stableBranch();
    }

    public static String siteFullName(Deployment d) {
        return d.moodle().siteFullName() != null ? d.moodle().siteFullName() : d.name();
    }

    public static String siteShortName(Deployment d) {
        return d.moodle().siteShortName() != null ? d.moodle().siteShortName() : d.name();
    }

    /** How many availability zones the deployment spans. */
    public static int availabilityZoneCount(Network network) {
        if (network.mode() == NetworkMode.EXISTING) {
            return network.privateSubnetIds().size();
        }
        return network.availabilityZones().isEmpty() ? network.availabilityZoneCount() : network.availabilityZones().size();
    }

    /** The web server's user on the operating system: owner of moodledata and the cron user. */
    public static String webUser(OperatingSystem os) {
        return os == OperatingSystem.UBUNTU_24_04 ? "www-data" : "apache";
    }

    /** The folder Apache or nginx serves: {@code <codeRoot>/public} from Moodle 5.1. */
    public static String documentRoot(Moodle moodle) {
        return moodle.version().publicDirectory() ? moodle.codeRoot() + "/public" : moodle.codeRoot();
    }

    /** Moodle's {@code $CFG->dirroot}: the same as the document root. */
    public static String dirroot(Moodle moodle) {
        return documentRoot(moodle);
    }

    /**
     * Moodle's CLI scripts: {@code <codeRoot>/admin/cli} in every release; from 5.1 they stay there,
     * outside {@code public/}, which has no {@code admin/cli}.
     */
    public static String cliDir(Moodle moodle) {
        return moodle.codeRoot() + "/admin/cli";
    }

    /** The CLI cron script. */
    public static String cronScript(Moodle moodle) {
        return cliDir(moodle) + "/cron.php";
    }

    /**
     * The automated backup retention the database gets: with continuous backup in the AWS Backup
     * plan, AWS Backup sets it to the plan's retention (at most 35 days), so the stack says the same
     * and drift detection stays quiet; otherwise the database's own setting.
     */
    public static int databaseBackupRetentionDays(Deployment d) {
        Backup b = d.backup();
        if (b.enabled() && b.pointInTimeRecovery()) {
            return Math.min(b.retentionDays(), Backup.MAX_CONTINUOUS_DAYS);
        }
        return d.database().backupRetentionDays();
    }

    /**
     * Minutes without a completed cron run before the cron alarm fires: the descriptor's, but at
     * least the length of one run with its keep-alive and the minute until the next one starts.
     */
    public static int cronAlarmMinutes(Deployment d) {
        int run = (d.stable().cronKeepAliveSeconds() + 59) / 60 + 2;
        return Math.max(d.monitoring().cronAlarmMinutes(), run);
    }
}
