package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LiteralSecret;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Forced settings carry no secret that would be written into config.php. */
final class SecretsNotInForcedSettings implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-005", Severity.ERROR,
            "Forced settings carry no secret",
            "Delete the key from `moodle.forcedSettings` in moodle-aws.yaml; moodle-aws generates the secret in AWS and the instances read it at boot.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html");

    /** config.php settings whose value is a secret. */
    private static final Set<String> SECRET_SETTINGS = Set.of(
            "dbpass", "session_redis_auth", "sessionredis_auth", "passwordsaltmain");
    private static final String SALT_ALTERNATIVE = "passwordsaltalt";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<LiteralSecret> alreadyReported = deployment.literalSecrets();
        for (String name : deployment.moodle().forcedSettings().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!SECRET_SETTINGS.contains(lower) && !lower.startsWith(SALT_ALTERNATIVE)) {
                continue;
            }
            String path = "moodle.forcedSettings." + name;
            if (reported(alreadyReported, path)) {
                continue; // SEC-001 reports it already
            }
            out.at(path, "moodle.forcedSettings has " + name + ", a secret: forced settings are written into"
                    + " config.php, which must hold no secret, and the descriptor ends up in version control."
                    + " moodle-aws generates the database password, the Redis AUTH token and the admin password into"
                    + " Secrets Manager and the instances read them at boot.");
        }
    }

    private static boolean reported(List<LiteralSecret> secrets, String path) {
        for (LiteralSecret s : secrets) {
            if (s.path().equals(path)) {
                return true;
            }
        }
        return false;
    }
}
