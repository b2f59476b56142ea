package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** wwwroot is the bare site address: no trailing slash and, from Moodle 5.1, no {@code /public}. */
final class WwwrootIsSiteAddress implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-005", Severity.ERROR,
            "wwwroot ends neither in / nor, from Moodle 5.1, in /public",
            "Write the site address without a trailing `/` or `/public` as `wwwroot:` under `moodle:` in moodle-aws.yaml, e.g. `wwwroot: https://learn.example.org`.",
            RuleSource.MOODLE, "https://moodledev.io/docs/5.2/guides/restructure");

    private static final String PUBLIC = "/public";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Moodle moodle = deployment.moodle();
        String wwwroot = moodle.wwwroot();
        if (wwwroot.endsWith("/")) {
            out.at("moodle.wwwroot", "moodle.wwwroot is " + wwwroot + ": Moodle appends paths to wwwroot itself,"
                    + " so a trailing slash produces addresses with a double slash; write it without the slash.");
        } else if (moodle.version().publicDirectory() && wwwroot.endsWith(PUBLIC)) {
            out.at("moodle.wwwroot", "moodle.wwwroot is " + wwwroot + ": from Moodle 5.1 the web server serves the"
                    + " public/ folder of the code as its document root, so /public is not part of any address;"
                    + " wwwroot stays the bare site address.");
        }
    }
}
