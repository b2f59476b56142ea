package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.OptionalLong;

/** PHP's {@code memory_limit} leaves room for Moodle's heavier pages and tasks. */
final class MemoryLimit implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("PHP-004", Severity.WARNING,
            "memory_limit is at least 256M",
            "Write `memoryLimit: 512M` under `moodle.php:` in moodle-aws.yaml, or delete `moodle.php.memoryLimit` (512M is the default).",
            RuleSource.MOODLE, "https://docs.moodle.org/en/PHP");

    private static final long MINIMUM = 256L * 1024 * 1024;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String memoryLimit = deployment.moodle().php().memoryLimit();
        OptionalLong bytes = Sizes.toBytes(memoryLimit);
        if (bytes.isPresent() && bytes.getAsLong() < MINIMUM) {
            out.at("moodle.php.memoryLimit", "moodle.php.memoryLimit is " + memoryLimit + ": busy pages of a large"
                    + " site, many plugins and the web installer need more than that; Moodle raises the limit itself"
                    + " only for a few known-heavy operations such as backups.");
        }
    }
}
