package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Arrays;
import java.util.stream.Collectors;

/** AWS-002: the database instance class exists in RDS for the database engine. */
final class DbInstanceClassExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-002", Severity.ERROR,
            "The database instance class exists in RDS for the engine",
            "Set database.instanceClass to a class RDS offers for the engine, such as db.r7g.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Support.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        DatabaseEngine engine = deployment.database().engine();
        for (AwsNames.Named n : AwsNames.instanceNames(deployment)) {
            if (n.offering() != Offering.instanceClassOf(engine) || AwsNames.data().exists(n.offering(), n.name())) {
                continue;
            }
            String otherEngines = Arrays.stream(DatabaseEngine.values())
                    .filter(e -> AwsNames.data().exists(Offering.instanceClassOf(e), n.name()))
                    .map(DatabaseEngine::value).collect(Collectors.joining(" and "));
            if (otherEngines.isEmpty()) {
                AwsNames.reportUnknown(n, out);
            } else {
                out.at(n.path(), "database.instanceClass '" + n.name() + "' is a class of " + otherEngines
                        + " but RDS does not offer it for " + engine.value() + AwsNames.didYouMean(n.offering(), n.name()));
            }
        }
    }
}
