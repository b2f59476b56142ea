package dev.moodleaws.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Moodle releases this tool knows, with the platform each one requires (Moodle release notes).
 */
public enum MoodleVersion {
    V4_5("4.5", "405", true, "8.1", "8.3", "8.0", "10.6.7", "13", false, false),
    V5_0("5.0", "500", false, "8.2", "8.4", "8.4", "10.11", "14", false, false),
    V5_1("5.1", "501", false, "8.2", "8.4", "8.4", "10.11", "15", true, true),
    V5_2("5.2", "502", false, "8.3", null, "8.4", "10.11", "16", true, true),
    V5_3("5.3", "503", true, "8.3", null, "8.4", "11.4", "16", true, true);

    private final String label;
    private final String branchNumber;
    private final boolean lts;
    private final String minPhp;
    private final String maxPhp;
    private final String minMysql;
    private final String minMariadb;
    private final String minPostgres;
    private final boolean publicDirectory;
    private final boolean asyncBackupDefaultOn;

    MoodleVersion(String label, String branchNumber, boolean lts, String minPhp, String maxPhp, String minMysql,
                  String minMariadb, String minPostgres, boolean publicDirectory, boolean asyncBackupDefaultOn) {
        this.label = label;
        this.branchNumber = branchNumber;
        this.lts = lts;
        this.minPhp = minPhp;
        this.maxPhp = maxPhp;
        this.minMysql = minMysql;
        this.minMariadb = minMariadb;
        this.minPostgres = minPostgres;
        this.publicDirectory = publicDirectory;
        this.asyncBackupDefaultOn = asyncBackupDefaultOn;
    }

    /** The version as written in a descriptor, for example {@code 4.5}. */
    public String label() { return label; }

    /** The stable branch of the Moodle git repository, for example {@code MOODLE_405_STABLE}. */
    public String stableBranch() { return "MOODLE_" + branchNumber + "_STABLE"; }

    public boolean lts() { return lts; }

    public String minPhp() { return minPhp; }

    /** The newest PHP release supported, or empty when the release notes give no upper bound. */
    public Optional<String> maxPhp() { return Optional.ofNullable(maxPhp); }

    public String minMysql() { return minMysql; }

    public String minMariadb() { return minMariadb; }

    public String minPostgres() { return minPostgres; }

    /** Aurora MySQL major version supported: 3 (MySQL 8.0 compatible) for every known release. */
    public int auroraMysqlMajor() { return 3; }

    /** From 5.1 the web root is {@code <root>/public} and the CLI scripts live under it. */
    public boolean publicDirectory() { return publicDirectory; }

    /** Whether {@code enableasyncbackup} is on by default in this release (from 5.1). */
    public boolean asyncBackupDefaultOn() { return asyncBackupDefaultOn; }

    /** Whether a PHP version such as {@code 8.3} is within the supported range. */
    public boolean supportsPhp(String php) {
        if (Versions.compare(php, minPhp) < 0) {
            return false;
        }
        return maxPhp == null || Versions.compare(php, maxPhp) <= 0;
    }

    public static Optional<MoodleVersion> fromLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(MoodleVersion::label).toList();
    }

    public static MoodleVersion latestLts() {
        return V4_5;
    }
}
