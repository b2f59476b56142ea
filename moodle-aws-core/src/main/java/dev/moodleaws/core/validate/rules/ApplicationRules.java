package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Rules on the Moodle application: cron, sessions, caches, settings, PHP, secrets and the guide's stated risks. */
public final class ApplicationRules {
    private static final List<ModelRule> ALL = List.of(
            new CronNotOnWebNodes(),
            new CronOnStableNode(),
            new CronKeepAliveAtLeastAMinute(),
            new ExactlyOneStableNode(),
            new StableNodeOnDemand(),
            new StableNodeOutOfTargetGroup(),
            new NoFileSessions(),
            new RedisSessionsNeedAutomaticFailover(),
            new RedisSessionsNeedReplica(),
            new RedisSessionsNeedMultiAz(),
            new DatabaseSessionsAddLoad(),
            new SharedCachesNotLocal(),
            new SharedCachesNotOnFileStore(),
            new RequestCacheNotOnRedis(),
            new RequestCacheStatic(),
            new SharedCachesNotStatic(),
            new KeepFileLocking(),
            new DatabaseLockFactory(),
            new AsyncBackups(),
            new HttpsWwwroot(),
            new WwwrootIsSiteAddress(),
            new DatarootOutsideCode(),
            new SessionRedisSettingNames(),
            new ManagedSettingsNotForced(),
            new PinnedCodeRef(),
            new DirectoryPermissionsNotWorldWritable(),
            new PhpSupportedByMoodle(),
            new PhpShippedByOs(),
            new MaxInputVars(),
            new MemoryLimit(),
            new SesRegion(),
            new SesNoReplyInDomain(),
            new SesSandbox(),
            new RelayNamesHost(),
            new RelayCredentialsComplete(),
            new RelayPasswordOverTls(),
            new PluginComponentName(),
            new PluginListedOnce(),
            new PluginNotStandard(),
            new PluginSource(),
            new PluginRefFormat(),
            new NoSecretsInDescriptor(),
            new NoSshFromAnywhere(),
            new SshNeedsAdminCidrs(),
            new NarrowAdminCidrs(),
            new SecretsNotInForcedSettings(),
            new AdminCidrFormat(),
            new TextHasNoControlCharacters(),
            new LongUploadsOnSpot(),
            new SpotCapacityFloor(),
            new EfsThroughputForLargeFleet(),
            new RedisSinglePointOfFailure());

    private ApplicationRules() {
    }

    /** The application rules in catalog order: by group (CRON, STABLE, SESS, MUC, MOODLE, PHP, MAIL, PLUGIN, SEC, RISK), then number. */
    public static List<ModelRule> all() {
        return ALL;
    }
}
