package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.PerformanceMode;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-001: EFS uses the General Purpose performance mode. */
final class EfsPerformanceModeRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-001", Severity.WARNING,
            "EFS uses the General Purpose performance mode",
            "Set fileStorage.performanceMode: generalPurpose (or remove it: it is the default) before the first deploy.",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.fileStorage().performanceMode() == PerformanceMode.MAX_IO) {
            out.at("fileStorage.performanceMode", "fileStorage.performanceMode is maxIO: every file operation gets"
                    + " higher latency, which Moodle's many small reads feel on every page; the guide recommends"
                    + " General Purpose for most sites. Changing the mode later replaces the file system (moodledata"
                    + " must be copied).");
        }
    }
}
