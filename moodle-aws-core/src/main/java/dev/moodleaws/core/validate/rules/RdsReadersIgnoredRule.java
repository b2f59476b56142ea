package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-008: {@code readers} is an Aurora setting; RDS engines get their standby from {@code multiAz}. */
final class RdsReadersIgnoredRule implements ModelRule {
    private static final int DEFAULT_READERS = Database.builder().build().readers();

    static final RuleInfo INFO = new RuleInfo("DB-008", Severity.WARNING,
            "database.readers is only used with Aurora",
            "Remove database.readers (or set it to 0) and keep database.multiAz: true for the standby.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Database database = deployment.database();
        if (database.engine() == DatabaseEngine.AURORA_MYSQL || database.readers() <= 0) {
            return;
        }
        boolean written = deployment.sourceMap().isWritten("database.readers") || database.readers() != DEFAULT_READERS;
        if (written) {
            out.at("database.readers", "database.readers is " + database.readers() + " but engine "
                    + database.engine().value() + " is not Aurora: no reader is created; the Multi-AZ standby"
                    + " (database.multiAz) is what provides failover.");
        }
    }
}
