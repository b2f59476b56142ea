package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/**
 * config.php uses Moodle's {@code session_redis_*} names: the guide's {@code sessionredis_host}
 * is ignored by Moodle, which then fails with "$CFG->session_redis_host must be specified".
 */
final class ConfigPhpUsesSessionRedisNames implements ArtifactRule {
    private static final Pattern WRONG = Pattern.compile("sessionredis_");

    private static final RuleInfo INFO = new RuleInfo("BOOT-004", Severity.ERROR,
            "config.php uses session_redis_* settings, not sessionredis_*",
            "Rename $CFG->sessionredis_... to $CFG->session_redis_... in the config.php template override.",
            RuleSource.MOODLE, "Moodle config-dist.php and lib/classes/session/redis.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        bundle.file(BootFiles.CONFIG_PHP).ifPresent(f -> {
            for (int line : ArtifactLines.matching(f.content(), WRONG)) {
                out.inArtifact(f.path(), line, "Moodle ignores sessionredis_*: " + ArtifactLines.line(f.content(), line));
            }
        });
    }
}
