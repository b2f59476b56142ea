package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** MOODLE-021: the code comes over https or ssh (git) or from s3 (archive), never through a git transport that runs commands. */
final class CodeRepositoryScheme implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-021", Severity.ERROR,
            "The code repository is an https, ssh or s3 address",
            "Write `repository:` under `moodle.code:` as https://host/path.git or ssh://git@host/path.git (type git),"
                    + " or s3://bucket/key.tgz (type s3).",
            RuleSource.MOODLE_AWS, "https://git-scm.com/docs/git-fetch#_git_urls");

    private static final Pattern GIT = Pattern.compile(
            "(https://|ssh://)[A-Za-z0-9._~@-]+(:[0-9]{1,5})?/[A-Za-z0-9._~/+@-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~/+-]+");
    private static final Pattern S3 = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[A-Za-z0-9!_.*'()/+=-]+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment d, Findings out) {
        String repository = d.moodle().code().repository();
        if (repository == null) {
            return;
        }
        boolean s3 = d.moodle().code().type() == CodeSourceType.S3;
        if (!(s3 ? S3 : GIT).matcher(repository).matches() || repository.contains("..")) {
            out.at("moodle.code.repository", "moodle.code.repository is '" + repository + "': "
                    + (s3 ? "an S3 code archive is s3://bucket/key" : "a git repository is an https:// or ssh:// address, or"
                    + " user@host:path; other git transports (ext::, file://, fd::) can run commands on every node"));
        }
    }
}
