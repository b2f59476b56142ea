package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** The site address is https: TLS ends at the load balancer and Moodle runs with {@code sslproxy}. */
final class HttpsWwwroot implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-004", Severity.ERROR,
            "wwwroot is an https address",
            "Write `wwwroot: https://<your site host>` under `moodle:` in moodle-aws.yaml.",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/lib/setuplib.php");

    private static final String HTTPS = "https://";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String wwwroot = deployment.moodle().wwwroot();
        if (!wwwroot.regionMatches(true, 0, HTTPS, 0, HTTPS.length())) {
            out.at("moodle.wwwroot", "moodle.wwwroot is " + wwwroot + ": the load balancer ends TLS with the ACM"
                    + " certificate and redirects http to https, and Moodle runs behind it with $CFG->sslproxy, which"
                    + " refuses every page of an http wwwroot (\"Must use https address in wwwroot when ssl proxy"
                    + " enabled!\").");
        }
    }
}
