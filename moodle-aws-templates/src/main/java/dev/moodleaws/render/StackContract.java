package dev.moodleaws.render;

import dev.moodleaws.core.model.Database;
import java.util.List;

/**
 * What the CloudFormation template hands to the boot scripts. The template prepends
 * {@code export NAME='value'} lines for these variables to each user data script (values from
 * {@code Ref}/{@code Fn::GetAtt}), so the scripts themselves hold no CloudFormation syntax.
 */
public final class StackContract {
    public static final String REGION = "MOODLE_AWS_REGION";
    public static final String STACK = "MOODLE_AWS_STACK";
    public static final String EFS_ID = "MOODLE_AWS_EFS_ID";
    public static final String DB_HOST = "MOODLE_AWS_DB_HOST";
    /** The Aurora reader endpoint, or empty. */
    public static final String DB_READER_HOST = "MOODLE_AWS_DB_READER_HOST";
    public static final String DB_PORT = "MOODLE_AWS_DB_PORT";
    /** Secrets Manager ARN of Moodle's own database user (JSON with username and password). */
    public static final String DB_SECRET_ARN = "MOODLE_AWS_DB_SECRET_ARN";
    /**
     * Secrets Manager ARN of the database master secret, which RDS manages and rotates: only the
     * stable node reads it, to create Moodle's user and set its password from its secret.
     */
    public static final String DB_MASTER_SECRET_ARN = "MOODLE_AWS_DB_MASTER_SECRET_ARN";
    public static final String REDIS_HOST = "MOODLE_AWS_REDIS_HOST";
    public static final String REDIS_PORT = "MOODLE_AWS_REDIS_PORT";
    /** Secrets Manager ARN of the Redis AUTH token (a plain string), or empty when AUTH is off. */
    public static final String REDIS_SECRET_ARN = "MOODLE_AWS_REDIS_SECRET_ARN";
    /** Secrets Manager ARN of the first administrator's password (JSON with username and password). */
    public static final String ADMIN_SECRET_ARN = "MOODLE_AWS_ADMIN_SECRET_ARN";

    /**
     * Secrets Manager ARN of the mail credentials, or empty when Moodle logs in to no SMTP server: with
     * SES a JSON object with {@code accessKeyId} and {@code secretAccessKey}, with a relay the password.
     */
    public static final String MAIL_SECRET_ARN = "MOODLE_AWS_MAIL_SECRET_ARN";

    /**
     * The exact code every node runs, pinned by the stack: the commit of the code ref (git), or the
     * version ID of the S3 archive, or {@code etag:} and its ETag in a bucket without versioning.
     */
    public static final String CODE_VERSION = "MOODLE_AWS_CODE_VERSION";

    /**
     * What pins each plugin, pinned by the stack: {@code component=pin} words separated by spaces, the
     * pin the commit of a git plugin's ref or the SHA-256 of its archive; empty without plugins.
     */
    public static final String PLUGIN_VERSIONS = "MOODLE_AWS_PLUGIN_VERSIONS";

    /** Logical ID of the stable node's group, which its boot signals. */
    public static final String STABLE_GROUP = "StableGroup";
    /** Logical ID of the web fleet, which each web node's boot signals. */
    public static final String WEB_GROUP = "WebFleet";

    /** Name of the Auto Scaling termination lifecycle hook the web nodes complete after draining. */
    public static final String DRAIN_LIFECYCLE_HOOK = "moodle-aws-drain";

    /** The CloudWatch namespace of the metrics the stable node publishes, with the dimension {@code Stack}. */
    public static final String METRIC_NAMESPACE = "MoodleAws";
    /** Published with the value 1 at the end of every completed cron run. */
    public static final String CRON_METRIC = "CronRunsCompleted";
    /** Seconds the oldest due ad-hoc task has waited, published after every completed cron run. */
    public static final String TASK_AGE_METRIC = "OldestAdhocTaskAgeSeconds";

    /** Every variable, in the order the template writes them. */
    public static final List<String> VARIABLES = List.of(REGION, STACK, EFS_ID, DB_HOST, DB_READER_HOST, DB_PORT,
            DB_SECRET_ARN, DB_MASTER_SECRET_ARN, REDIS_HOST, REDIS_PORT, REDIS_SECRET_ARN, ADMIN_SECRET_ARN, MAIL_SECRET_ARN,
            CODE_VERSION, PLUGIN_VERSIONS);

    /**
     * The database user Moodle connects as: the master user's name with {@code _app}, so it never
     * is the master user, whose password RDS rotates; the master user only creates and repairs it.
     */
    public static String moodleDatabaseUser(Database db) {
        return db.masterUsername() + "_app";
    }

    private StackContract() {
    }
}
