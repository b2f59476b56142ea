package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.validate.ArtifactRule;
import java.util.List;

/** Rules on what runs on the instances: config.php and the boot scripts. */
public final class BootRules {
    private BootRules() {
    }

    public static List<ArtifactRule> all() {
        return List.of(
                new WebUserDataSchedulesNoCron(),
                new StableUserDataSchedulesCronOnce(),
                new ConfigPhpHasNoSecret(),
                new ConfigPhpUsesSessionRedisNames(),
                new UserDataFitsSizeLimit(),
                new RenderedFilesHaveNoSecret());
    }
}
