package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** DB-002: Aurora MySQL runs major version 3 (MySQL 8.0 compatible), the one every known Moodle release supports. */
final class AuroraMajorVersionRule implements ModelRule {
    private static final Pattern AURORA_3 = Pattern.compile("8\\.0\\.mysql_aurora\\.3\\.\\d+\\.\\d+");

    static final RuleInfo INFO = new RuleInfo("DB-002", Severity.ERROR,
            "Aurora MySQL runs major version 3",
            "Set database.engineVersion to an Aurora MySQL 3 version such as 8.0.mysql_aurora.3.10.0, or remove it"
                    + " to get the default.",
            RuleSource.MOODLE, "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.Versions.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.database().engine() != DatabaseEngine.AURORA_MYSQL) {
            return;
        }
        String version = Effective.engineVersion(deployment.database(), deployment.moodle().version());
        if (!AURORA_3.matcher(version).matches()) {
            out.at("database.engineVersion", "database.engineVersion '" + version + "' is not an Aurora MySQL 3"
                    + " version (8.0.mysql_aurora.3.x.y): Moodle " + deployment.moodle().version().label()
                    + " supports Aurora MySQL " + deployment.moodle().version().auroraMysqlMajor()
                    + " (MySQL 8.0 compatible); Aurora MySQL 2 is MySQL 5.7 and past its end of life.");
        }
    }
}
