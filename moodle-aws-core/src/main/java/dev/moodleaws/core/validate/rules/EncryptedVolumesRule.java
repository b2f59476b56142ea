package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-012: the web instances' volumes are encrypted. */
final class EncryptedVolumesRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-012", Severity.WARNING,
            "Web instance volumes are encrypted",
            "Set web.encryptedVolumes: true.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.web().encryptedVolumes()) {
            out.at("web.encryptedVolumes", "web.encryptedVolumes is false: the root volumes hold config.php,"
                    + " local caches and logs unencrypted.");
        }
    }
}
