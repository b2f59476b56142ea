package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Rules on the Moodle application: cron, sessions, caches, settings, PHP, secrets and the guide's stated risks. */
public final class ApplicationRules {
    private ApplicationRules() {
    }

    public static List<ModelRule> all() {
        return List.of();
    }
}
