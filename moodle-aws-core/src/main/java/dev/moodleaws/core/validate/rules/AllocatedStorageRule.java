package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** DB-015: an RDS instance has the storage RDS accepts (20 GiB to 64 TiB); Aurora storage grows by itself. */
final class AllocatedStorageRule implements ModelRule {
    static final int MIN_GB = 20;
    static final int MAX_GB = 65_536;

    static final RuleInfo INFO = new RuleInfo("DB-015", Severity.ERROR,
            "RDS storage is 20 GiB to 64 TiB",
            "Set database.allocatedStorageGb to 20 or more (at most 65536).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.database().engine() == DatabaseEngine.AURORA_MYSQL) {
            return;
        }
        int gb = deployment.database().allocatedStorageGb();
        if (gb < MIN_GB || gb > MAX_GB) {
            out.at("database.allocatedStorageGb", "database.allocatedStorageGb is " + gb + ": RDS for MySQL and MariaDB take"
                    + " 20 to 65536 GiB of general purpose (gp2, gp3) storage.");
        }
    }
}
