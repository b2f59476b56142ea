package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-013: read-only queries go to a replica only when there is an Aurora reader endpoint with readers behind it. */
final class ReadFromReplicaRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("DB-013", Severity.ERROR,
            "Reading from a replica needs Aurora with a reader",
            "Set database.readFromReplica: false, or use database.engine: aurora-mysql with database.readers: 1 or more.",
            RuleSource.MOODLE, "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Database database = deployment.database();
        if (!database.readFromReplica()) {
            return;
        }
        if (database.engine() != DatabaseEngine.AURORA_MYSQL) {
            out.at("database.readFromReplica", "database.readFromReplica is true but engine " + database.engine().value()
                    + " has no reader endpoint (a Multi-AZ standby serves no reads): Moodle's dboptions readonly"
                    + " instance would point nowhere.");
        } else if (database.readers() < 1) {
            out.at("database.readFromReplica", "database.readFromReplica is true but database.readers is "
                    + database.readers() + ": the reader endpoint has no replica behind it.");
        }
    }
}
