package dev.moodleaws.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Moodle application: version, code, PHP, sessions, caches and forced settings.
 *
 * @param version Moodle release.
 * @param wwwroot Public https address of the site, without a trailing slash.
 * @param code Where the instances get the code.
 * @param os Operating system of every instance.
 * @param webServer Web server in front of PHP-FPM.
 * @param php PHP version and settings.
 * @param sessions Where sessions are kept.
 * @param caches MUC store for each cache mode.
 * @param asyncBackup Force {@code enableasyncbackup} so backups run on the stable node.
 * @param preventFileLocking Set {@code $CFG->preventfilelocking} (not recommended).
 * @param lockFactory Lock factory for tasks and caches.
 * @param dataroot Mount point of the shared EFS moodledata.
 * @param codeRoot Where the code is checked out on each instance.
 * @param directoryPermissions {@code $CFG->directorypermissions}, octal.
 * @param siteFullName Full site name used at first install; defaults to the deployment name.
 * @param siteShortName Short site name used at first install; defaults to the deployment name.
 * @param adminEmail Email of the first administrator, used at first install.
 * @param healthCheckScript Render a health script that checks the database, Redis and moodledata.
 * @param forcedSettings Core admin settings forced from config.php ($CFG->name = value).
 * @param forcedPluginSettings Plugin settings forced from config.php.
 * @param mail How Moodle sends mail.
 * @param plugins Plugins beyond Moodle's standard ones, installed on every node.
 */
public record Moodle(
        MoodleVersion version,
        String wwwroot,
        CodeSource code,
        OperatingSystem os,
        WebServer webServer,
        Php php,
        SessionHandler sessions,
        Caches caches,
        boolean asyncBackup,
        boolean preventFileLocking,
        LockFactory lockFactory,
        String dataroot,
        String codeRoot,
        String directoryPermissions,
        String siteFullName,
        String siteShortName,
        String adminEmail,
        boolean healthCheckScript,
        Map<String, Object> forcedSettings,
        Map<String, Map<String, Object>> forcedPluginSettings,
        Mail mail,
        List<Plugin> plugins) {

    public Moodle {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(wwwroot, "wwwroot");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(webServer, "webServer");
        Objects.requireNonNull(php, "php");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(caches, "caches");
        Objects.requireNonNull(lockFactory, "lockFactory");
        forcedSettings = Maps.copy(forcedSettings);
        forcedPluginSettings = Maps.copyNested(forcedPluginSettings);
        Objects.requireNonNull(mail, "mail");
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.wwwroot = wwwroot;
        b.code = code;
        b.os = os;
        b.webServer = webServer;
        b.php = php;
        b.sessions = sessions;
        b.caches = caches;
        b.asyncBackup = asyncBackup;
        b.preventFileLocking = preventFileLocking;
        b.lockFactory = lockFactory;
        b.dataroot = dataroot;
        b.codeRoot = codeRoot;
        b.directoryPermissions = directoryPermissions;
        b.siteFullName = siteFullName;
        b.siteShortName = siteShortName;
        b.adminEmail = adminEmail;
        b.healthCheckScript = healthCheckScript;
        b.forcedSettings = forcedSettings;
        b.forcedPluginSettings = forcedPluginSettings;
        b.mail = mail;
        b.plugins = plugins;
        return b;
    }

    /** Builds a {@link Moodle}; unset values keep their defaults. */
    public static final class Builder {
        private MoodleVersion version = MoodleVersion.V4_5;
        private String wwwroot;
        private CodeSource code = CodeSource.builder().build();
        private OperatingSystem os = OperatingSystem.UBUNTU_24_04;
        private WebServer webServer = WebServer.APACHE;
        private Php php = Php.builder().build();
        private SessionHandler sessions = SessionHandler.REDIS;
        private Caches caches = Caches.builder().build();
        private boolean asyncBackup = true;
        private boolean preventFileLocking = false;
        private LockFactory lockFactory = LockFactory.DATABASE;
        private String dataroot = "/var/www/moodledata";
        private String codeRoot = "/var/www/moodle";
        private String directoryPermissions = "02775";
        private String siteFullName;
        private String siteShortName;
        private String adminEmail;
        private boolean healthCheckScript = true;
        private Map<String, Object> forcedSettings = Map.of();
        private Map<String, Map<String, Object>> forcedPluginSettings = Map.of();
        private Mail mail = Mail.builder().build();
        private List<Plugin> plugins = List.of();

        private Builder() {
        }

        /** Moodle release. */
        public Builder version(MoodleVersion version) {
            this.version = version;
            return this;
        }

        /** Public https address of the site, without a trailing slash. */
        public Builder wwwroot(String wwwroot) {
            this.wwwroot = wwwroot;
            return this;
        }

        /** Where the instances get the code. */
        public Builder code(CodeSource code) {
            this.code = code;
            return this;
        }

        /** Operating system of every instance. */
        public Builder os(OperatingSystem os) {
            this.os = os;
            return this;
        }

        /** Web server in front of PHP-FPM. */
        public Builder webServer(WebServer webServer) {
            this.webServer = webServer;
            return this;
        }

        /** PHP version and settings. */
        public Builder php(Php php) {
            this.php = php;
            return this;
        }

        /** Where sessions are kept. */
        public Builder sessions(SessionHandler sessions) {
            this.sessions = sessions;
            return this;
        }

        /** MUC store for each cache mode. */
        public Builder caches(Caches caches) {
            this.caches = caches;
            return this;
        }

        /** Force {@code enableasyncbackup} so backups run on the stable node. */
        public Builder asyncBackup(boolean asyncBackup) {
            this.asyncBackup = asyncBackup;
            return this;
        }

        /** Set {@code $CFG->preventfilelocking} (not recommended). */
        public Builder preventFileLocking(boolean preventFileLocking) {
            this.preventFileLocking = preventFileLocking;
            return this;
        }

        /** Lock factory for tasks and caches. */
        public Builder lockFactory(LockFactory lockFactory) {
            this.lockFactory = lockFactory;
            return this;
        }

        /** Mount point of the shared EFS moodledata. */
        public Builder dataroot(String dataroot) {
            this.dataroot = dataroot;
            return this;
        }

        /** Where the code is checked out on each instance. */
        public Builder codeRoot(String codeRoot) {
            this.codeRoot = codeRoot;
            return this;
        }

        /** {@code $CFG->directorypermissions}, octal. */
        public Builder directoryPermissions(String directoryPermissions) {
            this.directoryPermissions = directoryPermissions;
            return this;
        }

        /** Full site name used at first install; defaults to the deployment name. */
        public Builder siteFullName(String siteFullName) {
            this.siteFullName = siteFullName;
            return this;
        }

        /** Short site name used at first install; defaults to the deployment name. */
        public Builder siteShortName(String siteShortName) {
            this.siteShortName = siteShortName;
            return this;
        }

        /** Email of the first administrator, used at first install. */
        public Builder adminEmail(String adminEmail) {
            this.adminEmail = adminEmail;
            return this;
        }

        /** Render a health script that checks the database, Redis and moodledata. */
        public Builder healthCheckScript(boolean healthCheckScript) {
            this.healthCheckScript = healthCheckScript;
            return this;
        }

        /** Core admin settings forced from config.php ($CFG->name = value). */
        public Builder forcedSettings(Map<String, Object> forcedSettings) {
            this.forcedSettings = forcedSettings;
            return this;
        }

        /** Plugin settings forced from config.php. */
        public Builder forcedPluginSettings(Map<String, Map<String, Object>> forcedPluginSettings) {
            this.forcedPluginSettings = forcedPluginSettings;
            return this;
        }

        /** How Moodle sends mail. */
        public Builder mail(Mail mail) {
            this.mail = mail;
            return this;
        }

        /** Plugins beyond Moodle's standard ones, installed on every node. */
        public Builder plugins(List<Plugin> plugins) {
            this.plugins = plugins;
            return this;
        }

        public Moodle build() {
            return new Moodle(version, wwwroot, code, os, webServer, php, sessions, caches, asyncBackup, preventFileLocking, lockFactory, dataroot, codeRoot, directoryPermissions, siteFullName, siteShortName, adminEmail, healthCheckScript, forcedSettings, forcedPluginSettings, mail, plugins);
        }
    }
}
