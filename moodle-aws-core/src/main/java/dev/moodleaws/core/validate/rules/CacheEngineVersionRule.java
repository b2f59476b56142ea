package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Versions;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** REDIS-007: the cache server is newer than Redis 5.0, as Moodle requires. */
final class CacheEngineVersionRule implements ModelRule {
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.(?:\\d+|x)){0,2}");
    private static final String NEWEST_REFUSED = "5.0";

    static final RuleInfo INFO = new RuleInfo("REDIS-007", Severity.ERROR,
            "The cache engine is newer than Redis 5.0",
            "Set cache.engineVersion to \"7.1\" (redis) or \"8.0\" (valkey), or remove it to get a current default.",
            RuleSource.MOODLE, "https://github.com/moodle/moodle/blob/main/lib/classes/session/redis.php");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Cache cache = deployment.cache();
        String version = Effective.cacheEngineVersion(cache);
        if (!VERSION.matcher(version).matches()) {
            out.at("cache.engineVersion", "cache.engineVersion '" + version + "' is not an ElastiCache "
                    + cache.engine().value() + " version such as 7.1.");
        } else if (Versions.compare(Versions.prefix(version, 2), NEWEST_REFUSED) <= 0) {
            out.at("cache.engineVersion", "cache.engineVersion " + version + " is too old: Moodle's Redis session"
                    + " handler and cache store need a server newer than Redis 5.0.0.");
        }
    }
}
