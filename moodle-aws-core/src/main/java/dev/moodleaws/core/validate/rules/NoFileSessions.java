package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Sessions are not kept in files: the web tier is stateless. */
final class NoFileSessions implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SESS-001", Severity.ERROR,
            "Sessions are not kept in files",
            "Write `sessions: redis` under `moodle:` in moodle-aws.yaml (the default), or `sessions: database`.",
            RuleSource.GUIDE, "guide: 5. Moodle Application Configuration (Sessions)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        SessionHandler sessions = deployment.moodle().sessions();
        if (sessions == SessionHandler.FILE) {
            out.at("moodle.sessions", "moodle.sessions is " + sessions.value() + ": file sessions tie a user to the"
                    + " node that wrote them (or, in the shared dataroot on EFS, rely on file locks over NFS for every"
                    + " request). When a Spot node is reclaimed its users are logged out; the web tier must be stateless.");
        }
    }
}
