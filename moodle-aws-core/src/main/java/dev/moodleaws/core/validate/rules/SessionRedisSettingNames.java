package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Forced settings do not use the guide's misspelt {@code sessionredis_*} names. */
final class SessionRedisSettingNames implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-007", Severity.ERROR,
            "Forced settings do not use the misspelt sessionredis_* names",
            "Delete the `sessionredis_*` keys from `moodle.forcedSettings` in moodle-aws.yaml; keep `sessions: redis` under `moodle:` and moodle-aws writes the session_redis_* settings from the stack.",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/MOODLE_405_STABLE/lib/classes/session/redis.php");

    private static final String GUIDE_PREFIX = "sessionredis_";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        for (String name : deployment.moodle().forcedSettings().keySet()) {
            if (name.regionMatches(true, 0, GUIDE_PREFIX, 0, GUIDE_PREFIX.length())) {
                out.at("moodle.forcedSettings." + name, "moodle.forcedSettings has " + name + ", the name the guide"
                        + " uses, but the guide is wrong: Moodle reads session_redis_* (with an underscore after"
                        + " session), ignores " + name + " and then fails with \"$CFG->session_redis_host must be"
                        + " specified\". moodle-aws sets every session_redis_* setting itself from the cache it creates.");
            }
        }
    }
}
