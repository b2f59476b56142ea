package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * BAK-006: the database is restored from the kind of snapshot its engine is created from: a DB cluster
 * snapshot for Aurora, a DB snapshot for RDS MySQL and MariaDB. The other kind belongs to the other
 * engine, and CloudFormation fails the create only once the network and the file system stand.
 */
final class RestoreSnapshotRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-006", Severity.ERROR,
            "A database restore names a snapshot of the database's engine",
            "Write the ARN of a DB cluster snapshot (arn:aws:rds:<region>:<account>:cluster-snapshot:<name>) for Aurora, or of a DB"
                    + " snapshot (...:snapshot:<name>) for RDS MySQL or MariaDB, as database.restoreFromSnapshot in moodle-aws.yaml;"
                    + " to move between engines, restore into the snapshot's engine first and migrate there.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-restore-snapshot.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Database db = deployment.database();
        String arn = db.restoreFromSnapshot();
        if (arn == null) {
            return;
        }
        boolean aurora = db.engine() == DatabaseEngine.AURORA_MYSQL;
        RestoreArns.snapshotKind(arn).ifPresentOrElse(kind -> {
            if (aurora && kind == RestoreArns.Kind.INSTANCE) {
                out.at("database.restoreFromSnapshot", "database.restoreFromSnapshot " + arn + " is a DB snapshot of an RDS"
                        + " instance; an Aurora cluster is created from a DB cluster snapshot.");
            } else if (!aurora && kind == RestoreArns.Kind.CLUSTER) {
                out.at("database.restoreFromSnapshot", "database.restoreFromSnapshot " + arn + " is a DB cluster snapshot of"
                        + " Aurora; an RDS " + db.engine().value() + " instance is created from a DB snapshot.");
            }
        }, () -> out.at("database.restoreFromSnapshot", "database.restoreFromSnapshot " + arn
                + " is no RDS snapshot ARN (arn:aws:rds:<region>:<account>:cluster-snapshot:<name> or ...:snapshot:<name>)."));
    }
}
