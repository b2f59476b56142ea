package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BAK-008: a snapshot or recovery point is restored in its own region; one from another region (a
 * copy in the disaster-recovery vault, say) is copied into the site's region first.
 */
final class RestoreRegionRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("BAK-008", Severity.ERROR,
            "What a restore names is in the site's region",
            "Copy the snapshot (aws rds copy-db-cluster-snapshot or copy-db-snapshot) or the recovery point (aws backup"
                    + " start-copy-job) into the site's region and name the copy in moodle-aws.yaml.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("database.restoreFromSnapshot", deployment.database().restoreFromSnapshot());
        named.put("fileStorage.restoreFromRecoveryPoint", deployment.fileStorage().restoreFromRecoveryPoint());
        named.forEach((path, arn) -> {
            if (arn == null) {
                return;
            }
            RestoreArns.region(arn).filter(r -> !r.equals(deployment.region())).ifPresent(r -> out.at(path, path + " "
                    + arn + " is in " + r + ", not in the site's region " + deployment.region() + ": copy it there first."));
        });
    }
}
