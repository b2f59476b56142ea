package dev.moodleaws.render.instance;

import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.BootTimes;
import dev.moodleaws.render.StackContract;
import dev.moodleaws.render.TemplateEngine;
import dev.moodleaws.render.escape.Escape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders what runs on the instances: config.php, the web and stable node boot scripts (EC2 user
 * data), the Spot drain service, the cache configuration script and the runbook.
 *
 * <p>config.php holds no secret and no host: it reads {@code /etc/moodle-aws/runtime.php}, which
 * the boot scripts write from the {@link StackContract} variables and Secrets Manager (the
 * environment variable {@code MOODLE_AWS_RUNTIME}, when set, names another file; tests use it).
 *
 * <p>Caches are configured without clicking by a PHP CLI script on the stable node that uses
 * Moodle's own cache configuration API (core only, no plugin): it adds or updates a Redis store
 * and maps the application and session modes to it after install or upgrade; request caches stay
 * on the static store (Redis cannot serve them). Its limit: it runs when the stable node boots, so
 * mappings changed later in the admin pages stay until the next stable boot.
 *
 * <p>On Ubuntu, amazon-efs-utils is not packaged; the boot script builds it from the git tag
 * {@link Platform#EFS_UTILS_TAG}, so both systems mount with the same {@code mount -t efs -o tls,iam}
 * helper (with its TLS tunnel watchdog and IAM authorisation, which a plain NFS mount through
 * stunnel would lack).
 */
public final class InstanceRenderer {
    /** The name of the MUC Redis store instance. */
    public static final String REDIS_STORE = "moodle-aws-redis";

    private final TemplateEngine engine;

    public InstanceRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public InstanceArtifacts render(Deployment deployment) {
        String configPhp = engine.render("instance/config.php.ftl", ConfigPhpModel.of(deployment));
        String drain = engine.render("instance/spot-drain.sh.ftl", drainModel(deployment));
        String caches = engine.render("instance/configure-caches.php.ftl", cachesModel(deployment));
        String health = engine.render("instance/health.php.ftl", healthModel(deployment));
        String cronMetrics = engine.render("instance/cron-metrics.sh.ftl", cronMetricsModel(deployment));
        BootModel.MailBoot mail = new BootModel.MailBoot(EffectiveMail.authenticated(deployment.moodle().mail()),
                ConfigPhpModel.MAIL_SECRET_FILE);
        Optional<String> plugins = deployment.moodle().plugins().isEmpty() ? Optional.empty()
                : Optional.of(engine.render("instance/install-plugins.sh.ftl", PluginInstall.model(deployment)));
        String pluginsArchive = plugins.map(PluginInstall::archive).orElse(null);
        Heredoc configDoc = Heredoc.of(configPhp);
        Heredoc healthDoc = Heredoc.of(health);
        java.util.function.Function<BootModel.Role, BootModel> model = role -> BootModel.of(deployment, role,
                configDoc, healthDoc, Heredoc.of(drain), Heredoc.of(caches), mail, Heredoc.of(cronMetrics), pluginsArchive);
        String web = engine.render("instance/web-user-data.sh.ftl", model.apply(BootModel.Role.WEB));
        String stable = engine.render("instance/stable-user-data.sh.ftl", model.apply(BootModel.Role.STABLE));
        Optional<String> bake = deployment.images().baked()
                ? Optional.of(engine.render("instance/bake.sh.ftl", model.apply(BootModel.Role.IMAGE)))
                : Optional.empty();
        String runbook = engine.render("instance/RUNBOOK.md.ftl", runbookModel(deployment));
        List<BundleFile> files = new ArrayList<>(List.of(
                new BundleFile(BootFiles.CONFIG_PHP, configPhp, false),
                new BundleFile(BootFiles.WEB_USER_DATA, web, true),
                new BundleFile(BootFiles.STABLE_USER_DATA, stable, true),
                new BundleFile(BootFiles.SPOT_DRAIN, drain, true),
                new BundleFile(BootFiles.CONFIGURE_CACHES, caches, false),
                new BundleFile(BootFiles.CRON_METRICS, cronMetrics, true)));
        plugins.ifPresent(script -> files.add(new BundleFile(BootFiles.INSTALL_PLUGINS, script, true)));
        bake.ifPresent(script -> files.add(new BundleFile(BootFiles.BAKE_SCRIPT, script, true)));
        files.add(new BundleFile(BootFiles.RUNBOOK, runbook, false));
        return new InstanceArtifacts(web, stable, bake, files);
    }

    TemplateEngine engine() {
        return engine;
    }

    static Map<String, Object> drainModel(Deployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("webService", Platform.of(d.moodle(), false).webService());
        m.put("drainSeconds", Integer.toString(Math.max(0, d.loadBalancer().deregistrationDelaySeconds())));
        m.put("drainHook", StackContract.DRAIN_LIFECYCLE_HOOK);
        return m;
    }

    static Map<String, Object> cronMetricsModel(Deployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metricsEnv", BootModel.METRICS_ENV);
        m.put("namespace", StackContract.METRIC_NAMESPACE);
        m.put("cronMetric", StackContract.CRON_METRIC);
        m.put("taskAgeMetric", StackContract.TASK_AGE_METRIC);
        m.put("dbname", d.database().databaseName());
        m.put("runtimeFile", ConfigPhpModel.RUNTIME_FILE);
        return m;
    }

    static Map<String, Object> cachesModel(Deployment d) {
        Caches c = d.moodle().caches();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runtimeVariable", ConfigPhpModel.RUNTIME_VARIABLE);
        m.put("runtimeFile", ConfigPhpModel.RUNTIME_FILE);
        m.put("useRedis", c.application() == CacheStore.REDIS || c.session() == CacheStore.REDIS);
        m.put("storeName", REDIS_STORE);
        m.put("storePrefix", "muc_");
        m.put("tls", d.cache().transitEncryption());
        m.put("caFile", Platform.of(d.moodle(), true).caFile());
        m.put("applicationStore", c.application() == CacheStore.REDIS ? REDIS_STORE : "default_application");
        m.put("sessionStore", c.session() == CacheStore.REDIS ? REDIS_STORE : "default_session");
        return m;
    }

    /** Whether the target group checks the health script, which answers 503 while the ready file names other code. */
    static boolean healthFollowsReady(Deployment d) {
        return d.moodle().healthCheckScript()
                && dev.moodleaws.core.model.HealthCheck.HEALTH_SCRIPT_PATH.equals(d.loadBalancer().healthCheck().path());
    }

    static Map<String, Object> healthModel(Deployment d) {
        Moodle mo = d.moodle();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runtimeVariable", ConfigPhpModel.RUNTIME_VARIABLE);
        m.put("runtimeFile", ConfigPhpModel.RUNTIME_FILE);
        m.put("redis", mo.sessions() == SessionHandler.REDIS || mo.caches().application() == CacheStore.REDIS
                || mo.caches().session() == CacheStore.REDIS);
        m.put("redisScheme", d.cache().transitEncryption() ? "tls://" : "");
        m.put("tls", d.cache().transitEncryption());
        m.put("caFile", Platform.of(mo, false).caFile());
        m.put("dataroot", mo.dataroot());
        m.put("readyFile", mo.dataroot() + "/" + BootModel.READY_FILE_NAME);
        m.put("codeVersionFile", BootModel.CODE_VERSION_FILE);
        return m;
    }

    /** The runbook's values, escaped for where they stand in the Markdown: text, or code spans and code blocks. */
    static Map<String, Object> runbookModel(Deployment d) {
        Moodle mo = d.moodle();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Escape.markdownText(d.name()));
        m.put("region", Escape.markdownCodeContent(d.region()));
        m.put("moodleVersion", Escape.markdownText(mo.version().label()));
        m.put("wwwroot", Escape.markdownText(mo.wwwroot()));
        m.put("os", Escape.markdownText(mo.os().value()));
        m.put("webServer", Escape.markdownText(mo.webServer().value()));
        m.put("phpVersion", Escape.markdownText(Effective.phpVersion(mo)));
        m.put("codeRepository", Escape.markdownText(mo.code().repository()));
        m.put("codeRef", Escape.markdownCode(Effective.codeRef(mo)));
        m.put("codeRefInBlock", Escape.markdownCodeContent(Effective.codeRef(mo)));
        m.put("ubuntu", Platform.of(mo, false).ubuntu());
        m.put("efsUtilsTag", Escape.markdownText(Platform.EFS_UTILS_TAG));
        m.put("dataroot", Escape.markdownCodeContent(mo.dataroot()));
        m.put("codeRoot", Escape.markdownCodeContent(mo.codeRoot()));
        m.put("readyFile", Escape.markdownCodeContent(mo.dataroot() + "/" + BootModel.READY_FILE_NAME));
        m.put("runsCron", d.stable().runsCron());
        m.put("healthPath", Escape.markdownCode(d.loadBalancer().healthCheck().path()));
        m.put("healthFollowsReady", healthFollowsReady(d));
        m.put("webUser", Escape.markdownCodeContent(Effective.webUser(mo.os())));
        m.put("cliDir", Escape.markdownCodeContent(Effective.cliDir(mo)));
        m.put("alertEmails", d.alerts().emails().stream().map(Escape::markdownCode).toList());
        m.put("readyWaitMinutes", BootTimes.readyWaitSeconds(d) / 60);
        m.put("stableSignalMinutes", BootTimes.stableSignalSeconds(d) / 60);
        m.put("webSignalMinutes", BootTimes.webSignalSeconds(d) / 60);
        m.put("baked", d.images().baked());
        m.put("bakeTimeoutMinutes", d.images().bakeTimeoutMinutes());
        runbookBackups(d, m);
        m.put("dbname", Escape.markdownCodeContent(d.database().databaseName()));
        m.put("dbUser", Escape.markdownCodeContent(StackContract.moodleDatabaseUser(d.database())));
        m.put("opcacheSeconds", BootTimes.OPCACHE_REVALIDATE_SECONDS);
        m.put("refreshSeconds", BootTimes.RUNTIME_REFRESH_SECONDS);
        m.put("rotationBoundMinutes", (BootTimes.rotationBoundSeconds(d) + 59) / 60);
        m.put("mail", mailRunbookModel(d));
        m.put("plugins", d.moodle().plugins().stream().map(PluginInstall::of).toList());
        return m;
    }

    static Map<String, Object> mailRunbookModel(Deployment d) {
        Mail mail = d.moodle().mail();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ses", mail.mode() == MailMode.SES);
        m.put("relay", mail.mode() == MailMode.RELAY);
        m.put("login", EffectiveMail.authenticated(mail));
        m.put("domain", Escape.markdownCode(EffectiveMail.sesDomain(d)));
        m.put("identityCommand", Escape.markdownCode("aws sesv2 get-email-identity --region " + d.region()
                + " --email-identity " + EffectiveMail.sesDomain(d) + " --query VerifiedForSendingStatus"));
        m.put("smtpHosts", Escape.markdownCode(EffectiveMail.smtpHosts(d)));
        m.put("security", Escape.markdownText(mail.security().value()));
        m.put("user", Escape.markdownCode(mail.user() == null ? "" : mail.user()));
        m.put("passwordSecretArn", Escape.markdownCode(mail.passwordSecretArn() == null ? "" : mail.passwordSecretArn()));
        m.put("secretFile", Escape.markdownCodeContent(ConfigPhpModel.MAIL_SECRET_FILE));
        EffectiveMail.noReplyAddress(d).ifPresent(a -> m.put("noReplyAddress", Escape.markdownCode(a)));
        return m;
    }

    /** What the runbook's backup section and restore drill need. */
    static void runbookBackups(Deployment d, Map<String, Object> m) {
        var b = d.backup();
        boolean aurora = d.database().engine() == dev.moodleaws.core.model.DatabaseEngine.AURORA_MYSQL;
        m.put("backups", b.enabled());
        m.put("backupSchedule", b.schedule());
        m.put("backupRetentionDays", b.retentionDays());
        m.put("pitr", b.pointInTimeRecovery());
        if (b.copies()) {
            m.put("copyVault", b.copyToVaultArn());
        }
        m.put("fileSystemInPlan", d.fileStorage().backups());
        m.put("fileSystemBackups", d.fileStorage().backups());
        m.put("aurora", aurora);
        m.put("dbResourceType", aurora ? "Aurora" : "RDS");
        m.put("engine", d.database().engine().value());
        m.put("instanceClass", d.database().instanceClass());
        m.put("dbRetentionDays", Effective.databaseBackupRetentionDays(d));
        m.put("dbLogicalId", aurora ? dev.moodleaws.render.stack.LogicalIds.DATABASE_CLUSTER
                : dev.moodleaws.render.stack.LogicalIds.DATABASE);
        m.put("databaseName", Escape.markdownCode(d.database().databaseName()));
        m.put("dbSnapshotKind", aurora ? "DB cluster snapshot" : "DB snapshot");
        Optional.ofNullable(d.database().restoreFromSnapshot()).map(Escape::markdownCode)
                .ifPresent(a -> m.put("restoreSnapshot", a));
        Optional.ofNullable(d.fileStorage().restoreFromRecoveryPoint()).ifPresent(a -> {
            m.put("restoreRecoveryPoint", Escape.markdownCodeContent(a));
            m.put("restoreRecoveryPointSpan", Escape.markdownCode(a));
        });
    }
}
