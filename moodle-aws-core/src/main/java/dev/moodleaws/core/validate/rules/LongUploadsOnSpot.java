package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.OptionalLong;

/** The guide's risk: uploads that outlast the Spot notice fail when their node is reclaimed. */
final class LongUploadsOnSpot implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("RISK-001", Severity.INFO,
            "Uploads of 1G or more may outlast a Spot interruption notice",
            "Accept the risk, or write a smaller `uploadMaxSize:` under `moodle.php:` in moodle-aws.yaml (e.g. `uploadMaxSize: 512M`).",
            RuleSource.GUIDE, "guide: Risks and Limitations");

    private static final long LARGE_UPLOAD = 1024L * 1024 * 1024;
    private static final int ALL_ON_DEMAND = 100;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.web().onDemandPercentageAboveBase() >= ALL_ON_DEMAND) {
            return;
        }
        String uploadMaxSize = deployment.moodle().php().uploadMaxSize();
        OptionalLong bytes = Sizes.toBytes(uploadMaxSize);
        if (bytes.isPresent() && bytes.getAsLong() >= LARGE_UPLOAD) {
            out.at("moodle.php.uploadMaxSize", "moodle.php.uploadMaxSize is " + uploadMaxSize + ": an upload that"
                    + " large can take longer than the two-minute notice before a Spot web node is reclaimed, and"
                    + " then fails mid-transfer even with connection draining; the user has to start again.");
        }
    }
}
