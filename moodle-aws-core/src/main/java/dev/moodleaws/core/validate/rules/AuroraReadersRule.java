package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-007: an Aurora cluster has a reader (1 to 15) to promote when the writer fails. */
final class AuroraReadersRule implements ModelRule {
    static final int MAX_READERS = 15;

    static final RuleInfo INFO = new RuleInfo("DB-007", Severity.ERROR,
            "Aurora has 1 to 15 readers (a failover target)",
            "Set database.readers: 1 (or more, at most 15).",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.database().engine() != DatabaseEngine.AURORA_MYSQL) {
            return;
        }
        int readers = deployment.database().readers();
        if (readers < 1) {
            out.at("database.readers", "database.readers is " + readers + ": the Aurora cluster has no replica to"
                    + " fail over to, so losing the writer stops the site until a new one is created.");
        } else if (readers > MAX_READERS) {
            out.at("database.readers", "database.readers is " + readers + ": an Aurora cluster holds at most 15 replicas.");
        }
    }
}
