package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** {@code max_input_vars} is at least the 5000 Moodle requires. */
final class MaxInputVars implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("PHP-003", Severity.ERROR,
            "max_input_vars is at least 5000",
            "Write `maxInputVars: 5000` (or more) under `moodle.php:` in moodle-aws.yaml, or delete `moodle.php.maxInputVars` (5000 is the default).",
            RuleSource.MOODLE, "https://docs.moodle.org/en/PHP");

    private static final int REQUIRED = 5000;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int maxInputVars = deployment.moodle().php().maxInputVars();
        if (maxInputVars < REQUIRED) {
            out.at("moodle.php.maxInputVars", "moodle.php.maxInputVars is " + maxInputVars + ": Moodle's environment"
                    + " check requires max_input_vars of at least " + REQUIRED + "; with less, large forms (gradebook,"
                    + " quiz editing, permissions) lose fields silently.");
        }
    }
}
