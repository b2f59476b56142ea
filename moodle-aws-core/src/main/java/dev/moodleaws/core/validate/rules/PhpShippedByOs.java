package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.Versions;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/** The PHP release is one the operating system ships in its own repositories. */
final class PhpShippedByOs implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("PHP-002", Severity.ERROR,
            "PHP is a release the operating system ships",
            "Write a release the system ships as `version:` under `moodle.php:` in moodle-aws.yaml, or choose another `os:` under `moodle:`.",
            RuleSource.MOODLE_AWS, "guide: 3. Launch Template Configuration (AMI)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        OperatingSystem os = deployment.moodle().os();
        String php = Effective.phpVersion(deployment.moodle());
        List<String> shipped = Effective.phpVersionsOf(os);
        if (!shipped.contains(Versions.prefix(php, 2))) {
            out.at("moodle.php.version", "moodle.php.version is " + php + ", but " + os.value()
                    + " ships PHP " + String.join(", ", shipped) + " in its own repositories;"
                    + " moodle-aws installs no third-party PHP repository.");
        }
    }
}
