package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Database sessions work, at a cost the operator should know. */
final class DatabaseSessionsAddLoad implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SESS-005", Severity.INFO,
            "Database sessions add load and locking to the database",
            "Keep `sessions: database` under `moodle:` in moodle-aws.yaml if the database has room, or write `sessions: redis` there to move sessions to the cache.",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Session_handling");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        SessionHandler sessions = deployment.moodle().sessions();
        if (sessions == SessionHandler.DATABASE) {
            out.at("moodle.sessions", "moodle.sessions is " + sessions.value() + ": this works on a cluster, but"
                    + " every request reads and writes its session row and holds a session lock in the database,"
                    + " which adds load to the one component that does not scale out.");
        }
    }
}
