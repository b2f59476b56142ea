package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.render.BootTimes;
import dev.moodleaws.render.StackContract;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the boot scripts do, decided here for one node role. Fields the templates write raw
 * (paths, package lists, ini lines) are checked against strict patterns; the rest is escaped into
 * shell words by the template.
 */
public record BootModel(
        String role,
        boolean stable,
        boolean ubuntu,
        boolean apache,
        String installCommand,
        boolean redisFromPecl,
        String phpredisVersion,
        String efsUtilsTag,
        String phpFpmService,
        String phpFpmSocket,
        String webService,
        String webConfigFile,
        List<String> phpIniFiles,
        List<String> phpIni,
        String uploadMaxSize,
        int maxExecutionTime,
        String webUser,
        String codeRoot,
        String versionFile,
        String documentRoot,
        String cliDir,
        String dataroot,
        String directoryPermissions,
        String efsMountOptions,
        boolean gitSource,
        String codeRepository,
        String codeRef,
        String runtimeFile,
        String localCacheDir,
        String localRequestDir,
        String readyFile,
        String codeVersionFile,
        String healthPath,
        String internalPaths,
        String dbname,
        Heredoc configPhp,
        boolean healthScript,
        Heredoc healthScriptDoc,
        Heredoc spotDrain,
        Heredoc cachesScript,
        boolean runsCron,
        String cronLine,
        String cronLockDir,
        String cronService,
        boolean inTargetGroup,
        boolean servesWeb,
        String fullName,
        String shortName,
        String adminEmail,
        MailBoot mail,
        String signalledResource,
        int readyWaitSeconds,
        String agentLogs,
        CronMetrics cronMetrics,
        String pluginsArchive,
        boolean bakedImage,
        boolean drainService,
        boolean createsDatabaseUser,
        int refreshSeconds,
        int outOfServiceSeconds) {

    /**
     * What a script is for: the boot of a web node or of the stable node, or the bake of the image
     * both boot from (everything either role needs, installed once).
     */
    public enum Role {
        WEB, STABLE, IMAGE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What the stable node installs so that every completed cron run publishes the cron metrics.
     *
     * @param script the script, run by the cron.d line after a completed run
     * @param path   where it is installed
     * @param env    the file it reads the region and stack name from
     * @param log    the cron log, rotated daily
     */
    public record CronMetrics(Heredoc script, String path, String env, String log) {
    }

    /**
     * The file on EFS the stable node writes once the site is installed or upgraded: three lines,
     * {@code ref=<code ref>}, {@code commit=<version>}, where the version is the one the stack
     * pins ({@link StackContract#CODE_VERSION}), and {@code dbuser=<Moodle's database user>}, which
     * it created. It writes a temporary file beside it and moves it into place, so readers never
     * see half a file, and removes it while it upgrades. Web nodes, which run the version their own
     * launch template pins, wait until the commit and user lines name theirs, or stop their boot
     * after a bounded wait.
     */
    public static final String READY_FILE_NAME = "moodle-aws-ready";

    /**
     * The file each node that serves writes at boot with the code version it runs (the version the stack pins).
     * The health script answers 503 while the ready file names another version (or none), so a node
     * with older code goes out of service as soon as an upgrade of the database starts.
     */
    public static final String CODE_VERSION_FILE = "/etc/moodle-aws/code-version";

    /**
     * The mail step of the boot: when Moodle logs in to an SMTP server, the mail secret's value goes
     * straight from Secrets Manager into a file only root and the web server's group can read.
     *
     * @param login whether Moodle logs in (else the step does nothing)
     * @param file  the file config.php reads the secret from
     */
    public record MailBoot(boolean login, String file) {
    }

    /**
     * The folder of cron's lock file, owned by the web user, who runs cron: {@code /run/lock} is
     * root's on Amazon Linux 2023, where the web user could not create a lock file in it.
     */
    public static final String CRON_LOCK_DIR = "/var/lib/moodle-aws/cron";

    /**
     * The paths Moodle's security check ({@code core_publicpaths}) expects not to be served, as one
     * case-insensitive regular expression for Apache's {@code RedirectMatch} and nginx's
     * {@code location ~*}: dot files and folders, vendor and test trees, composer files, locks,
     * install XML, upgrade notes and readmes, phpunit and behat files.
     */
    public static final String INTERNAL_PATHS = "/(\\.|(vendor|node_modules|fixtures|behat|tests)/|composer\\.json|[^/]*\\.(lock|feature)$"
            + "|environment\\.xml|phpunit|upgrade\\.txt|upgrading|readme|db/[^/]*\\.xml)";

    public BootModel {
        phpIniFiles = List.copyOf(phpIniFiles);
        phpIni = List.copyOf(phpIni);
    }

    /** The PHP settings Moodle needs, one ini line each. */
    static List<String> phpIni(Moodle m) {
        String upload = Checked.size("moodle.php.uploadMaxSize", m.php().uploadMaxSize());
        List<String> lines = new ArrayList<>(List.of(
                "max_input_vars = " + m.php().maxInputVars(),
                "memory_limit = " + Checked.size("moodle.php.memoryLimit", m.php().memoryLimit()),
                "upload_max_filesize = " + upload,
                "post_max_size = " + upload,
                "max_execution_time = " + m.php().maxExecutionTimeSeconds()));
        if (m.php().opcache()) {
            lines.addAll(List.of("opcache.enable = 1", "opcache.memory_consumption = 256",
                    "opcache.max_accelerated_files = 20000", "opcache.revalidate_freq = " + BootTimes.OPCACHE_REVALIDATE_SECONDS));
        }
        return lines;
    }

    /** Where the stable node installs the script that publishes the cron metrics. */
    public static final String CRON_METRICS_SCRIPT = "/usr/local/lib/moodle-aws/cron-metrics.sh";
    /** The region and stack name for the cron metrics script, written at boot. */
    public static final String METRICS_ENV = "/etc/moodle-aws/metrics.env";

    /**
     * The cron.d line of the stable node: one run a minute, never two at once, its output appended
     * to the shipped cron log; a run that completed publishes the cron metrics. The keep-alive is
     * always passed: without it Moodle keeps each run alive for its own default (3 minutes).
     */
    static String cronLine(Deployment d) {
        int keepAlive = d.stable().cronKeepAliveSeconds();
        String user = Checked.word("web user", Effective.webUser(d.moodle().os()));
        String cron = Checked.path("cron script", Effective.cronScript(d.moodle()));
        String log = " >> " + LogFiles.CRON_LOG + " 2>&1";
        return "* * * * * " + user + " flock -n " + CRON_LOCK_DIR + "/cron.lock /usr/bin/php " + cron
                + " --keep-alive=" + keepAlive + log + " && " + CRON_METRICS_SCRIPT + log;
    }

    /**
     * The model of a script for {@code role}, with the files it embeds already rendered. A boot
     * script of a baked deployment leaves out the bake steps (the image holds their result); the
     * image's bake installs what either role needs.
     */
    static BootModel of(Deployment d, Role role, Heredoc configPhp, Heredoc health, Heredoc drain, Heredoc caches,
                        MailBoot mail, Heredoc cronMetrics, String pluginsArchive) {
        Moodle m = d.moodle();
        boolean stable = role != Role.WEB;
        boolean servesWeb = role != Role.STABLE || d.stable().inTargetGroup();
        Platform p = Platform.of(m, stable);
        String dataroot = Checked.path("moodle.dataroot", m.dataroot());
        return new BootModel(
                role.label(),
                role == Role.STABLE,
                p.ubuntu(),
                p.apache(),
                p.installCommand(),
                p.redisFromPecl(),
                Platform.PHPREDIS_VERSION,
                Platform.EFS_UTILS_TAG,
                p.phpFpmService(),
                p.phpFpmSocket(),
                p.webService(),
                p.webConfigFile(),
                p.phpIniFiles(),
                phpIni(m),
                Checked.size("moodle.php.uploadMaxSize", m.php().uploadMaxSize()),
                m.php().maxExecutionTimeSeconds(),
                Checked.word("web user", Effective.webUser(m.os())),
                Checked.path("moodle.codeRoot", m.codeRoot()),
                Checked.path("version file", Effective.dirroot(m) + "/version.php"),
                Checked.path("document root", Effective.documentRoot(m)),
                Effective.cliDir(m),
                dataroot,
                Checked.octal("moodle.directoryPermissions", m.directoryPermissions()),
                d.fileStorage().tlsMount() ? "tls,iam" : "iam",
                m.code().type() == CodeSourceType.GIT,
                m.code().repository(),
                Effective.codeRef(m),
                ConfigPhpModel.RUNTIME_FILE,
                ConfigPhpModel.LOCAL_CACHE_DIR,
                ConfigPhpModel.LOCAL_REQUEST_DIR,
                dataroot + "/" + READY_FILE_NAME,
                CODE_VERSION_FILE,
                Checked.urlPath("loadBalancer.healthCheck.path", d.loadBalancer().healthCheck().path()),
                INTERNAL_PATHS,
                d.database().databaseName(),
                configPhp,
                m.healthCheckScript(),
                health,
                drain,
                caches,
                d.stable().runsCron(),
                cronLine(d),
                CRON_LOCK_DIR,
                Platform.of(m, true).cronService(),
                d.stable().inTargetGroup(),
                servesWeb,
                Effective.siteFullName(d),
                Effective.siteShortName(d),
                m.adminEmail() != null ? m.adminEmail() : "admin@" + host(m.wwwroot()),
                mail,
                stable ? StackContract.STABLE_GROUP : StackContract.WEB_GROUP,
                BootTimes.readyWaitSeconds(d),
                LogFiles.agentLogs(m, stable, servesWeb),
                new CronMetrics(cronMetrics, CRON_METRICS_SCRIPT, METRICS_ENV, LogFiles.CRON_LOG),
                pluginsArchive,
                role != Role.IMAGE && d.images().baked(),
                role != Role.STABLE,
                role == Role.STABLE,
                BootTimes.RUNTIME_REFRESH_SECONDS,
                BootTimes.outOfServiceSeconds(d));
    }

    private static String host(String wwwroot) {
        String h = wwwroot.replaceFirst("^[a-zA-Z]+://", "");
        int end = h.indexOf('/');
        return end < 0 ? h : h.substring(0, end);
    }
}
