package dev.moodleaws.core.bundle;

/** Where the files that run on the instances sit in a rendered bundle, and the limits they must keep. */
public final class BootFiles {
    /** Moodle's configuration, holding no secret and no instance-specific host. */
    public static final String CONFIG_PHP = "config.php";
    /** The web node boot script (EC2 user data of the launch template). */
    public static final String WEB_USER_DATA = "instances/web-user-data.sh";
    /** The stable node boot script (EC2 user data of the stable instance). */
    public static final String STABLE_USER_DATA = "instances/stable-user-data.sh";
    /** The Spot draining service the web script installs. */
    public static final String SPOT_DRAIN = "instances/spot-drain.sh";
    /** The PHP CLI script the stable node runs to map MUC caches to Redis. */
    public static final String CONFIGURE_CACHES = "instances/configure-caches.php";
    /** The script the stable node runs after each completed cron run to publish the cron metrics. */
    public static final String CRON_METRICS = "instances/cron-metrics.sh";
    /** The script both node roles run to install the descriptor's plugins into the code (only with plugins). */
    public static final String INSTALL_PLUGINS = "instances/install-plugins.sh";
    /** The script EC2 Image Builder runs once to bake the nodes' image (only with {@code images.mode: baked}). */
    public static final String BAKE_SCRIPT = "instances/bake.sh";
    /** What to do after deploying and when something fails. */
    public static final String RUNBOOK = "RUNBOOK.md";

    /** EC2 user data limit, raw bytes before base64. */
    public static final int USER_DATA_LIMIT_BYTES = 16 * 1024;
    /** Room the CloudFormation template takes for the {@code export NAME='value'} lines it adds. */
    public static final int EXPORTS_ALLOWANCE_BYTES = 1024;

    private BootFiles() {
    }
}
