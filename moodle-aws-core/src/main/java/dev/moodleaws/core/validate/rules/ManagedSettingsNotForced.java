package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Locale;
import java.util.Map;

/** Forced settings leave alone the config.php settings that moodle-aws writes itself. */
final class ManagedSettingsNotForced implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-008", Severity.WARNING,
            "Forced settings do not set what moodle-aws manages",
            "Delete the key from `moodle.forcedSettings` in moodle-aws.yaml and set the descriptor key the message names instead.",
            RuleSource.MOODLE_AWS, "guide: 5. Moodle Application Configuration (Config.php Adjustments)");

    private static final String FROM_STACK = "nothing: moodle-aws writes it from the stack it creates";
    private static final String SESSION_REDIS_PREFIX = "session_redis_";

    /** config.php setting -> where the descriptor controls it. */
    private static final Map<String, String> MANAGED = Map.ofEntries(
            Map.entry("wwwroot", "moodle.wwwroot"),
            Map.entry("dataroot", "moodle.dataroot"),
            Map.entry("dirroot", "moodle.codeRoot"),
            Map.entry("dbtype", "database.engine"),
            Map.entry("dblibrary", FROM_STACK),
            Map.entry("dbhost", FROM_STACK),
            Map.entry("dbname", FROM_STACK),
            Map.entry("dbuser", FROM_STACK),
            Map.entry("prefix", FROM_STACK),
            Map.entry("dboptions", FROM_STACK),
            Map.entry("sslproxy", "nothing: TLS ends at the load balancer, so moodle-aws always sets it to true"),
            Map.entry("preventfilelocking", "moodle.preventFileLocking"),
            Map.entry("lock_factory", "moodle.lockFactory"),
            Map.entry("session_handler_class", "moodle.sessions"),
            Map.entry("alternative_cache_factory_class", "moodle.caches"),
            Map.entry("tool_forcedcache_config_array", "moodle.caches"),
            Map.entry("cachedir", FROM_STACK + " (shared, on EFS)"),
            Map.entry("tempdir", FROM_STACK + " (shared, on EFS)"),
            Map.entry("backuptempdir", FROM_STACK + " (shared, on EFS)"),
            Map.entry("localcachedir", FROM_STACK + " (local to each node)"),
            Map.entry("localrequestdir", FROM_STACK + " (local to each node)"),
            Map.entry("directorypermissions", "moodle.directoryPermissions"),
            Map.entry("enableasyncbackup", "moodle.asyncBackup"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        for (String name : deployment.moodle().forcedSettings().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            String instead = lower.startsWith(SESSION_REDIS_PREFIX)
                    ? "moodle.sessions and cache (moodle-aws writes every session_redis_* setting from the cache it creates)"
                    : MANAGED.get(lower);
            if (instead != null) {
                out.at("moodle.forcedSettings." + name, "moodle.forcedSettings has " + name + ", which moodle-aws"
                        + " writes into config.php itself: config.php sets it first, then the forced line overwrites it,"
                        + " so the forced value silently wins over what moodle-aws decided. Set " + instead + ".");
            }
        }
    }
}
