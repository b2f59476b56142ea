package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** DB-014: the database instance class is an RDS class ({@code db.*}). */
final class DbInstanceClassRule implements ModelRule {
    private static final Pattern DB_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9-]+");

    static final RuleInfo INFO = new RuleInfo("DB-014", Severity.ERROR,
            "The database instance class is a db.* class",
            "Set database.instanceClass to an RDS instance class such as db.r6g.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String instanceClass = deployment.database().instanceClass();
        if (instanceClass == null || !DB_CLASS.matcher(instanceClass).matches()) {
            out.at("database.instanceClass", "database.instanceClass '" + instanceClass + "' is not an RDS instance"
                    + " class: they read db.<family>.<size>, for example db.r6g.large (an EC2 type such as m6i.large"
                    + " needs the db. prefix).");
        }
    }
}
