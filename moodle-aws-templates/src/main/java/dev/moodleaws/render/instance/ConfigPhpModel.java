package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything config.php says, decided here: the template only writes it out. String fields are
 * escaped into PHP literals by the template; fields named {@code ...Php} are PHP literals already.
 *
 * @param dbtype                 Moodle's database driver
 * @param dbname                 schema name
 * @param readFromReplica        send read-only queries to the reader endpoint
 * @param wwwroot                the site address
 * @param dataroot               the shared (EFS) data folder
 * @param directoryPermissionsPhp octal literal of new folders' mode
 * @param cachedir               shared MUC file cache
 * @param tempdir                shared temporary files
 * @param backuptempdir          shared backup temporary files
 * @param localcachedir          node-local cache
 * @param localrequestdir        node-local per-request files
 * @param runtimeFile            the file written at boot with hosts and secrets
 * @param runtimeVariable        environment variable that, when set, names another runtime file (tests)
 * @param reverseProxyIgnore     addresses of the load balancer, skipped in X-Forwarded-For
 * @param sessionHandlerClass    Moodle's session handler class
 * @param sessionRedis           sessions in Redis
 * @param sessionRedisAuth       Redis needs an AUTH token
 * @param sessionRedisTls        Redis speaks TLS
 * @param sessionRedisPrefix     key prefix of sessions
 * @param caFile                 the CA bundle for TLS to Redis
 * @param lockFactory            Moodle's lock factory class, or null for Moodle's own choice
 * @param preventFileLocking     only when the descriptor asks for it
 * @param asyncBackup            force asynchronous backups on
 * @param forcedSettings         {@code $CFG->name = value} lines
 * @param forcedPluginSettingsPhp the {@code forced_plugin_settings} array literal, or null
 * @param setupFile              lib/setup.php relative to config.php
 * @param mail                   Moodle's outgoing mail settings
 */
public record ConfigPhpModel(
        String dbtype,
        String dbname,
        boolean readFromReplica,
        String wwwroot,
        String dataroot,
        String directoryPermissionsPhp,
        String cachedir,
        String tempdir,
        String backuptempdir,
        String localcachedir,
        String localrequestdir,
        String runtimeFile,
        String runtimeVariable,
        String reverseProxyIgnore,
        String sessionHandlerClass,
        boolean sessionRedis,
        boolean sessionRedisAuth,
        boolean sessionRedisTls,
        String sessionRedisPrefix,
        String caFile,
        String lockFactory,
        boolean preventFileLocking,
        boolean asyncBackup,
        List<Setting> forcedSettings,
        String forcedPluginSettingsPhp,
        String setupFile,
        MailConfig mail) {

    /** Where the boot script writes hosts and secrets: mode 0640, owner root, group the web user. */
    public static final String RUNTIME_FILE = "/etc/moodle-aws/runtime.php";
    /** Set this environment variable to read another runtime file (used by tests; PHP-FPM clears the environment). */
    public static final String RUNTIME_VARIABLE = "MOODLE_AWS_RUNTIME";
    /** Node-local MUC and theme cache. */
    public static final String LOCAL_CACHE_DIR = "/var/cache/moodle";
    /** Node-local per-request folder (kept out of the local cache folder, which Moodle purges). */
    public static final String LOCAL_REQUEST_DIR = "/var/tmp/moodle-request";
    /** Private address ranges, used when an existing VPC's CIDR is not known. */
    static final String PRIVATE_RANGES = "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16";

    public ConfigPhpModel {
        forcedSettings = List.copyOf(forcedSettings);
    }

    /**
     * One forced core setting.
     *
     * @param name     the setting's name, escaped by the template
     * @param valuePhp its value as a PHP literal
     */
    public record Setting(String name, String valuePhp) {
    }

    /**
     * Where the boot script writes the value of the mail secret (owner root, group the web user, mode
     * 0640): with SES the access key of the stack's mail user as JSON, with a relay the password.
     * Kept apart from the runtime file so that the mail step stays one separate piece.
     */
    public static final String MAIL_SECRET_FILE = "/etc/moodle-aws/mail-secret";
    /** Set this environment variable to read another mail secret file (tests). */
    public static final String MAIL_SECRET_VARIABLE = "MOODLE_AWS_MAIL_SECRET";

    /**
     * Moodle's outgoing mail.
     *
     * @param smtp           Moodle is told an SMTP server (else it keeps its own settings: PHP's mail())
     * @param smtpHosts      {@code $CFG->smtphosts}, {@code host:port}
     * @param smtpSecure     {@code $CFG->smtpsecure}: {@code tls} (STARTTLS), {@code ssl} or empty
     * @param smtpAuthType   {@code $CFG->smtpauthtype}
     * @param login          Moodle logs in with the mail secret
     * @param ses            the secret is an SES access key: config.php derives the SMTP password from it
     * @param region         the SES region, part of the password derivation
     * @param smtpUser       the relay user (with SES the access key's ID is the user)
     * @param secretFile     the file holding the mail secret's value
     * @param secretVariable environment variable naming another secret file
     * @param noReplyAddress {@code $CFG->noreplyaddress}, or null for Moodle's default
     */
    public record MailConfig(boolean smtp, String smtpHosts, String smtpSecure, String smtpAuthType, boolean login,
                             boolean ses, String region, String smtpUser, String secretFile, String secretVariable,
                             String noReplyAddress) {
        static MailConfig of(Deployment d) {
            Mail mail = d.moodle().mail();
            return new MailConfig(EffectiveMail.smtp(mail), EffectiveMail.smtpHosts(d), EffectiveMail.smtpSecure(mail),
                    EffectiveMail.AUTH_TYPE, EffectiveMail.authenticated(mail), mail.mode() == MailMode.SES, d.region(),
                    mail.user() == null ? "" : mail.user(), MAIL_SECRET_FILE, MAIL_SECRET_VARIABLE,
                    EffectiveMail.noReplyAddress(d).orElse(null));
        }
    }

    /** The config.php of a deployment. */
    public static ConfigPhpModel of(Deployment d) {
        Moodle m = d.moodle();
        Cache cache = d.cache();
        String dataroot = Checked.path("moodle.dataroot", m.dataroot());
        List<Setting> forced = new ArrayList<>();
        m.forcedSettings().forEach((name, value) -> forced.add(new Setting(name, PhpLiteral.of(value))));
        Map<String, Map<String, Object>> plugins = m.forcedPluginSettings();
        boolean redisSessions = m.sessions() == dev.moodleaws.core.model.SessionHandler.REDIS;
        return new ConfigPhpModel(
                dbtype(d.database().engine()),
                d.database().databaseName(),
                d.database().readFromReplica(),
                m.wwwroot(),
                dataroot,
                Checked.octal("moodle.directoryPermissions", m.directoryPermissions()),
                dataroot + "/cache",
                dataroot + "/temp",
                dataroot + "/temp/backup",
                LOCAL_CACHE_DIR,
                LOCAL_REQUEST_DIR,
                RUNTIME_FILE,
                RUNTIME_VARIABLE,
                reverseProxyIgnore(d.network()),
                switch (m.sessions()) {
                    case REDIS -> "\\core\\session\\redis";
                    case DATABASE -> "\\core\\session\\database";
                    case FILE -> "\\core\\session\\file";
                },
                redisSessions,
                redisSessions && cache.authToken(),
                redisSessions && cache.transitEncryption(),
                "sess_",
                Platform.of(m, false).caFile(),
                switch (m.lockFactory()) {
                    case DATABASE -> "\\core\\lock\\mysql_lock_factory";
                    case FILE -> "\\core\\lock\\file_lock_factory";
                    case AUTO -> null;
                },
                m.preventFileLocking(),
                m.asyncBackup(),
                forced,
                plugins.isEmpty() ? null : PhpLiteral.of(plugins),
                m.version().publicDirectory() ? "/public/lib/setup.php" : "/lib/setup.php",
                MailConfig.of(d));
    }

    /** Moodle's driver for an engine: Aurora MySQL has its own. */
    static String dbtype(DatabaseEngine engine) {
        return switch (engine) {
            case AURORA_MYSQL -> "auroramysql";
            case MYSQL -> "mysqli";
            case MARIADB -> "mariadb";
        };
    }

    private static String reverseProxyIgnore(Network network) {
        return network.mode() == NetworkMode.NEW && network.vpcCidr() != null ? network.vpcCidr() : PRIVATE_RANGES;
    }
}
