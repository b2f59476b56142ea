package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.Versions;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** DB-001: an RDS for MySQL or MariaDB engine version is one the Moodle version supports. */
final class EngineVersionSupportedRule implements ModelRule {
    private static final Pattern RDS_VERSION = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?");

    static final RuleInfo INFO = new RuleInfo("DB-001", Severity.ERROR,
            "The database engine version is one the Moodle version supports",
            "Set database.engineVersion to a release the Moodle version supports (RDS for MySQL 8.4 from Moodle 5.0;"
                    + " MariaDB 10.11 from Moodle 5.0), or remove it to get a supported default.",
            RuleSource.MOODLE, "https://moodledev.io/general/releases");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Database database = deployment.database();
        if (database.engine() == DatabaseEngine.AURORA_MYSQL) {
            return; // DB-002 checks Aurora MySQL versions
        }
        MoodleVersion moodle = deployment.moodle().version();
        String version = Effective.engineVersion(database, moodle);
        String engineName = database.engine() == DatabaseEngine.MYSQL ? "RDS for MySQL" : "RDS for MariaDB";
        if (!RDS_VERSION.matcher(version).matches()) {
            out.at("database.engineVersion", "database.engineVersion '" + version + "' is not an " + engineName
                    + " version such as " + (database.engine() == DatabaseEngine.MYSQL ? "8.4" : "10.11") + ".");
            return;
        }
        String minimum = database.engine() == DatabaseEngine.MYSQL ? moodle.minMysql() : moodle.minMariadb();
        // A version written as major.minor lets RDS pick a current minor, so compare only what was written.
        int parts = version.split("\\.").length;
        if (Versions.compare(version, Versions.prefix(minimum, parts)) >= 0) {
            return;
        }
        String message = engineName + " " + version + " (database.engineVersion) is older than " + minimum
                + ", the minimum for Moodle " + moodle.label() + ".";
        if (database.engine() == DatabaseEngine.MYSQL && "8.0".equals(Effective.mysqlCompatibleRelease(database, moodle))) {
            message += " The guide recommends MySQL 8.0, which is out of date: Moodle 5.0 and later require MySQL 8.4.";
        }
        out.at("database.engineVersion", message);
    }
}
