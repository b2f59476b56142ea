package dev.moodleaws.render.stack;

/** The logical IDs of the template's fixed resources; per-zone resources append the zone number. */
public final class LogicalIds {
    public static final String VPC = "Vpc";
    public static final String INTERNET_GATEWAY = "InternetGateway";
    public static final String GATEWAY_ATTACHMENT = "InternetGatewayAttachment";
    public static final String PUBLIC_ROUTE_TABLE = "PublicRouteTable";
    public static final String PUBLIC_DEFAULT_ROUTE = "PublicDefaultRoute";
    public static final String LOAD_BALANCER_SG = "LoadBalancerSecurityGroup";
    public static final String WEB_SG = "WebSecurityGroup";
    public static final String STABLE_SG = "StableSecurityGroup";
    public static final String DATABASE_SG = "DatabaseSecurityGroup";
    public static final String FILE_SYSTEM_SG = "FileSystemSecurityGroup";
    public static final String CACHE_SG = "CacheSecurityGroup";
    public static final String DATABASE_SUBNET_GROUP = "DatabaseSubnetGroup";
    public static final String DATABASE_PARAMETER_GROUP = "DatabaseParameterGroup";
    public static final String DATABASE_CLUSTER = "DatabaseCluster";
    public static final String DATABASE_WRITER = "DatabaseWriter";
    public static final String DATABASE_READER = "DatabaseReader";
    public static final String DATABASE = "Database";
    public static final String FILE_SYSTEM = "FileSystem";
    public static final String MOUNT_TARGET = "MountTarget";
    public static final String CACHE_SUBNET_GROUP = "CacheSubnetGroup";
    public static final String CACHE = "Cache";
    public static final String CACHE_AUTH_SECRET = "CacheAuthTokenSecret";
    public static final String ADMIN_SECRET = "AdminPasswordSecret";
    public static final String DATABASE_USER_SECRET = "DatabaseUserSecret";
    public static final String MAIL_IDENTITY = "MailIdentity";
    public static final String MAIL_USER = "MailUser";
    public static final String MAIL_ACCESS_KEY = "MailAccessKey";
    public static final String MAIL_SECRET = "MailCredentialsSecret";
    public static final String WEB_ROLE = "WebRole";
    public static final String WEB_PROFILE = "WebInstanceProfile";
    public static final String STABLE_ROLE = "StableRole";
    public static final String STABLE_PROFILE = "StableInstanceProfile";
    public static final String DRAIN_POLICY = "DrainPolicy";
    public static final String STABLE_LAUNCH_TEMPLATE = "StableLaunchTemplate";
    public static final String STABLE_GROUP = dev.moodleaws.render.StackContract.STABLE_GROUP;
    public static final String WEB_LAUNCH_TEMPLATE = "WebLaunchTemplate";
    public static final String WEB_GROUP = dev.moodleaws.render.StackContract.WEB_GROUP;
    public static final String WEB_SCALING_POLICY = "WebCpuScaling";
    public static final String LOAD_BALANCER = "LoadBalancer";
    public static final String HTTPS_LISTENER = "HttpsListener";
    public static final String HTTP_LISTENER = "HttpListener";
    public static final String TARGET_GROUP = "WebTargetGroup";
    public static final String WEB_IMAGE = "WebImageId";
    public static final String STABLE_IMAGE = "StableImageId";
    public static final String CERTIFICATE = "CertificateArn";
    /** The parameter holding the availability zones the descriptor names (a template names none itself). */
    public static final String AVAILABILITY_ZONES = "AvailabilityZones";
    /** The parameter pinning the code: a commit (git), or an archive version or {@code etag:} and ETag (S3). */
    public static final String CODE_VERSION = "CodeVersion";
    /** The parameter pinning the plugins: {@code component=pin} words, a git plugin's commit or an archive's SHA-256. */
    public static final String PLUGIN_VERSIONS = "PluginVersions";
    public static final String LOAD_BALANCER_TO_WEB = "LoadBalancerToWeb";
    public static final String LOAD_BALANCER_TO_STABLE = "LoadBalancerToStable";
    public static final String ALARM_TOPIC = "AlarmTopic";
    public static final String ALARM_TARGET_5XX = "AlarmTarget5xx";
    public static final String ALARM_UNHEALTHY_HOSTS = "AlarmUnhealthyHosts";
    public static final String ALARM_DATABASE_CPU = "AlarmDatabaseCpu";
    public static final String ALARM_DATABASE_STORAGE = "AlarmDatabaseStorage";
    public static final String ALARM_DATABASE_MEMORY = "AlarmDatabaseMemory";
    public static final String ALARM_CACHE_CPU = "AlarmCacheCpu";
    public static final String ALARM_CACHE_MEMORY = "AlarmCacheMemory";
    public static final String ALARM_FILE_SYSTEM_CREDITS = "AlarmFileSystemCredits";

    public static final String BACKUP_VAULT = "BackupVault";
    public static final String BACKUP_ROLE = "BackupRole";
    public static final String BACKUP_PLAN = "BackupPlan";
    public static final String BACKUP_SELECTION = "BackupSelection";
    public static final String DASHBOARD = "Dashboard";
    public static final String ALARM_CRON = "AlarmCronStopped";
    public static final String ALARM_TASK_QUEUE = "AlarmTaskQueueAge";

    private LogicalIds() {
    }
}
