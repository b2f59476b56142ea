package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The PHP release is one the Moodle release supports. */
final class PhpSupportedByMoodle implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("PHP-001", Severity.ERROR,
            "PHP is a release the Moodle version supports",
            "Write a supported release as `version:` under `moodle.php:` in moodle-aws.yaml, or delete `moodle.php.version` to get one.",
            RuleSource.MOODLE, "https://moodledev.io/general/development/policies/php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        MoodleVersion moodle = deployment.moodle().version();
        String php = Effective.phpVersion(deployment.moodle());
        if (!moodle.supportsPhp(php)) {
            out.at("moodle.php.version", "moodle.php.version is " + php + ", but Moodle " + moodle.label()
                    + " supports PHP " + supportedRange(moodle) + ".");
        }
    }

    static String supportedRange(MoodleVersion moodle) {
        return moodle.maxPhp()
                .map(max -> moodle.minPhp() + " to " + max)
                .orElse(moodle.minPhp() + " or newer");
    }
}
