package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-005: the database engine version is one RDS offers for the engine. */
final class DatabaseEngineVersionExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-005", Severity.ERROR,
            "The database engine version is one RDS offers",
            "Set database.engineVersion to a version RDS offers for the engine (for example 8.4.9 for MySQL,"
                    + " 10.11.16 for MariaDB, 8.0.mysql_aurora.3.10.4 for Aurora MySQL), or remove it to get the default.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String version = Effective.engineVersion(deployment.database(), deployment.moodle().version());
        Offering offering = Offering.versionOf(deployment.database().engine());
        if (version != null && !version.isBlank()) {
            AwsNames.reportUnknown(new AwsNames.Named("database.engineVersion", offering, version), out);
        }
    }
}
