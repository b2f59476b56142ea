package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-006: RDS for MySQL or MariaDB runs Multi-AZ, with a standby to fail over to. */
final class RdsMultiAzRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("DB-006", Severity.ERROR,
            "RDS for MySQL or MariaDB runs Multi-AZ",
            "Set database.multiAz: true (or use engine: aurora-mysql with readers: 1 or more).",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.database().engine() != DatabaseEngine.AURORA_MYSQL && !deployment.database().multiAz()) {
            out.at("database.multiAz", "database.multiAz is false for engine " + deployment.database().engine().value()
                    + ": the database lives in one zone with no standby, so losing that zone or instance stops the site.");
        }
    }
}
