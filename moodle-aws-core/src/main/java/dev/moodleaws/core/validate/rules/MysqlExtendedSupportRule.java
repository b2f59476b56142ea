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

/** DB-003: RDS for MySQL is not 8.0, which now runs on paid RDS Extended Support. */
final class MysqlExtendedSupportRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("DB-003", Severity.WARNING,
            "RDS for MySQL is not 8.0 (RDS Extended Support charges)",
            "Set database.engineVersion: \"8.4\" (Moodle 4.5 and later support MySQL 8.4).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Database database = deployment.database();
        MoodleVersion moodle = deployment.moodle().version();
        if (database.engine() != DatabaseEngine.MYSQL) {
            return;
        }
        String release = Effective.mysqlCompatibleRelease(database, moodle);
        // Where the Moodle version refuses 8.0 outright, DB-001 already reports it as an error.
        if ("8.0".equals(release) && Versions.compare(release, moodle.minMysql()) >= 0) {
            out.at("database.engineVersion", "RDS for MySQL " + Effective.engineVersion(database, moodle)
                    + " (database.engineVersion) left standard support on 2026-07-31: it now runs on RDS Extended"
                    + " Support, billed per vCPU-hour. The guide recommends MySQL 8.0, which is out of date: move to"
                    + " MySQL 8.4 (standard support until 2029-07-31), which Moodle " + moodle.label() + " supports.");
        }
    }
}
