package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * config.php holds no secret: no password, token or key assigned as a string literal, no AWS
 * access key and no private key. Secrets come from Secrets Manager into the runtime file at boot.
 */
final class ConfigPhpHasNoSecret implements ArtifactRule {
    static final Pattern SECRET = Pattern.compile(
            "(?i)\\w*(pass|secret|auth(?!type)|token|apikey|api_key|private_?key)\\w*['\"]?\\}?\\]?\\s*(=>|=)\\s*['\"][^'\"]"
                    + "|\\b(AKIA|ASIA)[0-9A-Z]{16}\\b|-----BEGIN [A-Z ]*PRIVATE KEY-----");
    /** Every match of {@link #SECRET} contains one of these, ignoring case. */
    static final List<String> SECRET_HINTS = List.of("pass", "secret", "auth", "token", "apikey", "api_key",
            "private", "akia", "asia", "-----begin");

    private static final RuleInfo INFO = new RuleInfo("BOOT-003", Severity.ERROR,
            "config.php contains no secret",
            "Take the value out of moodle.forcedSettings / forcedPluginSettings (or the template override) and keep it in AWS Secrets Manager.",
            RuleSource.MOODLE_AWS, "Secrets never appear in the rendered files");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        bundle.file(BootFiles.CONFIG_PHP).ifPresent(f -> {
            for (int line : ArtifactLines.matching(f.content(), SECRET, SECRET_HINTS)) {
                out.inArtifact(f.path(), line, "config.php assigns a secret-looking literal on line " + line);
            }
        });
    }
}
