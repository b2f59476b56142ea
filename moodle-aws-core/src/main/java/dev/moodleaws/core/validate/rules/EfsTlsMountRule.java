package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** EFS-006: instances mount EFS over TLS. */
final class EfsTlsMountRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("EFS-006", Severity.WARNING,
            "EFS is mounted with TLS",
            "Set fileStorage.tlsMount: true (instances then mount with efs-utils: mount -t efs -o tls).",
            RuleSource.AWS, "https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.fileStorage().tlsMount()) {
            out.at("fileStorage.tlsMount", "fileStorage.tlsMount is false: moodledata travels unencrypted between"
                    + " the instances and EFS; mount with efs-utils and -o tls.");
        }
    }
}
