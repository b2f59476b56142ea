package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-012: the database refuses deletion. */
final class DeletionProtectionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("DB-012", Severity.WARNING,
            "The database has deletion protection",
            "Set database.deletionProtection: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.database().deletionProtection()) {
            out.at("database.deletionProtection", "database.deletionProtection is false: a stack deletion or a"
                    + " replacing update can delete the database.");
        }
    }
}
