package dev.moodleaws.core.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodleaws.core.model.Alerts;
import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.LockFactory;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.MailSecurity;
import dev.moodleaws.core.model.ImageMode;
import dev.moodleaws.core.model.Images;
import dev.moodleaws.core.model.Monitoring;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.PerformanceMode;
import dev.moodleaws.core.model.Php;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.model.PurchaseOption;
import dev.moodleaws.core.model.SessionHandler;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.model.SpotAllocationStrategy;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.model.Suppression;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.model.WebServer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one definition of the descriptor's keys: names, types, defaults (read off the model's
 * builders), allowed values and descriptions. {@link DescriptorReader} reads with it, and the
 * JSON Schema and the Markdown reference are generated from it.
 */
final class DescriptorSchema {
    /** Filled in only to build the records whose defaults are read; never part of a real deployment. */
    private static final String FILLER = "required";

    private static final Kind<String> SIZE = Kinds.numericPattern("^[0-9]{1,12}[KkMmGg]?$",
            "a size in bytes, or with a K, M or G suffix such as 256M", Sizes::isSize);
    private static final Kind<List<String>> STRINGS = Kinds.list(Kinds.string(), "list of strings");
    private static final Kind<Map<String, Object>> SETTINGS =
            Kinds.map(Kinds.settingValue(), "map of setting names to values", "");

    static final Section<HealthCheck.Builder, HealthCheck> HEALTH_CHECK = new Section<>(
            "loadBalancer.healthCheck", "The target group health check.",
            HealthCheck::builder, HealthCheck.Builder::build, HealthCheck.builder().build(),
            key("path", Kinds.string(), HealthCheck::path, HealthCheck.Builder::path, "Path requested from each instance."),
            key("intervalSeconds", Kinds.integer(5, 300), HealthCheck::intervalSeconds, HealthCheck.Builder::intervalSeconds, "Seconds between checks."),
            key("timeoutSeconds", Kinds.integer(2, 120), HealthCheck::timeoutSeconds, HealthCheck.Builder::timeoutSeconds, "Seconds without a response that count as a failure."),
            key("healthyThreshold", Kinds.integer(2, 10), HealthCheck::healthyThreshold, HealthCheck.Builder::healthyThreshold, "Successes in a row before a target is healthy."),
            key("unhealthyThreshold", Kinds.integer(2, 10), HealthCheck::unhealthyThreshold, HealthCheck.Builder::unhealthyThreshold, "Failures in a row before a target is unhealthy."),
            key("matcher", Kinds.numericText(), HealthCheck::matcher, HealthCheck.Builder::matcher, "HTTP codes counted as healthy, for example 200 or 200-299."));

    static final Section<LoadBalancer.Builder, LoadBalancer> LOAD_BALANCER = new Section<>(
            "loadBalancer", "The Application Load Balancer in front of the web fleet.",
            LoadBalancer::builder, LoadBalancer.Builder::build, LoadBalancer.builder().build(),
            key("certificateArn", Kinds.string(), LoadBalancer::certificateArn, LoadBalancer.Builder::certificateArn, "ARN of the ACM certificate of the HTTPS listener."),
            key("sslPolicy", Kinds.string(), LoadBalancer::sslPolicy, LoadBalancer.Builder::sslPolicy, "TLS security policy of the HTTPS listener."),
            key("httpToHttpsRedirect", Kinds.bool(), LoadBalancer::httpToHttpsRedirect, LoadBalancer.Builder::httpToHttpsRedirect, "Answer plain HTTP with a redirect to HTTPS."),
            key("healthCheck", HEALTH_CHECK, LoadBalancer::healthCheck, LoadBalancer.Builder::healthCheck, "Target group health check."),
            key("deregistrationDelaySeconds", Kinds.integer(0, 3600), LoadBalancer::deregistrationDelaySeconds, LoadBalancer.Builder::deregistrationDelaySeconds, "Seconds in-flight requests get when a target leaves."),
            key("dropInvalidHeaders", Kinds.bool(), LoadBalancer::dropInvalidHeaders, LoadBalancer.Builder::dropInvalidHeaders, "Drop HTTP headers whose names are not valid."),
            key("idleTimeoutSeconds", Kinds.integer(1, 4000), LoadBalancer::idleTimeoutSeconds, LoadBalancer.Builder::idleTimeoutSeconds, "Seconds an idle connection is kept open."),
            key("allowedCidrs", STRINGS, LoadBalancer::allowedCidrs, LoadBalancer.Builder::allowedCidrs, "Networks (CIDR) allowed to reach the site."));

    static final Section<WebFleet.Builder, WebFleet> WEB = new Section<>(
            "web", "The Auto Scaling group of Spot web servers.",
            WebFleet::builder, WebFleet.Builder::build, WebFleet.builder().build(),
            key("instanceTypes", STRINGS, WebFleet::instanceTypes, WebFleet.Builder::instanceTypes, "Instance types the fleet diversifies over."),
            key("minSize", Kinds.integer(0, null), WebFleet::minSize, WebFleet.Builder::minSize, "Minimum number of web servers."),
            key("desiredCapacity", Kinds.integer(0, null), WebFleet::desiredCapacity, WebFleet.Builder::desiredCapacity, "Web servers at start."),
            key("maxSize", Kinds.integer(1, null), WebFleet::maxSize, WebFleet.Builder::maxSize, "Maximum number of web servers."),
            key("onDemandBaseCapacity", Kinds.integer(0, null), WebFleet::onDemandBaseCapacity, WebFleet.Builder::onDemandBaseCapacity, "On-Demand instances before any Spot."),
            key("onDemandPercentageAboveBase", Kinds.integer(0, 100), WebFleet::onDemandPercentageAboveBase, WebFleet.Builder::onDemandPercentageAboveBase, "Percentage of On-Demand instances above the base."),
            key("spotAllocationStrategy", Kinds.choice(SpotAllocationStrategy.class), WebFleet::spotAllocationStrategy, WebFleet.Builder::spotAllocationStrategy, "How Spot capacity pools are chosen."),
            key("capacityRebalance", Kinds.bool(), WebFleet::capacityRebalance, WebFleet.Builder::capacityRebalance, "Replace Spot instances at elevated risk of interruption."),
            key("imdsV2Required", Kinds.bool(), WebFleet::imdsV2Required, WebFleet.Builder::imdsV2Required, "Require IMDSv2 session tokens."),
            key("runsCron", Kinds.bool(), WebFleet::runsCron, WebFleet.Builder::runsCron, "Whether web servers run Moodle cron."),
            key("rootVolumeGb", Kinds.integer(8, 16384), WebFleet::rootVolumeGb, WebFleet.Builder::rootVolumeGb, "Root volume size in GiB."),
            key("encryptedVolumes", Kinds.bool(), WebFleet::encryptedVolumes, WebFleet.Builder::encryptedVolumes, "Encrypt root volumes."),
            key("targetCpuPercent", Kinds.integer(1, 100), WebFleet::targetCpuPercent, WebFleet.Builder::targetCpuPercent, "Average CPU the scaling policy aims at."),
            key("healthCheckGracePeriodSeconds", Kinds.integer(0, null), WebFleet::healthCheckGracePeriodSeconds, WebFleet.Builder::healthCheckGracePeriodSeconds, "Seconds a new instance has before load balancer health checks count."));

    static final Section<StableNode.Builder, StableNode> STABLE = new Section<>(
            "stable", "The On-Demand instance that alone runs cron, background tasks, install and upgrade.",
            StableNode::builder, StableNode.Builder::build, StableNode.builder().build(),
            key("instanceType", Kinds.string(), StableNode::instanceType, StableNode.Builder::instanceType, "Instance type."),
            key("count", Kinds.integer(0, 10), StableNode::count, StableNode.Builder::count, "Number of stable instances; STABLE-001 requires exactly one."),
            key("purchase", Kinds.choice(PurchaseOption.class), StableNode::purchase, StableNode.Builder::purchase, "On-Demand or Spot."),
            key("runsCron", Kinds.bool(), StableNode::runsCron, StableNode.Builder::runsCron, "Whether this instance runs Moodle cron."),
            key("cronKeepAliveSeconds", Kinds.integer(0, 3600), StableNode::cronKeepAliveSeconds, StableNode.Builder::cronKeepAliveSeconds, "Run cron with --keep-alive for this many seconds; 0 starts it every minute."),
            key("inTargetGroup", Kinds.bool(), StableNode::inTargetGroup, StableNode.Builder::inTargetGroup, "Register it with the load balancer."),
            key("rootVolumeGb", Kinds.integer(8, 16384), StableNode::rootVolumeGb, StableNode.Builder::rootVolumeGb, "Root volume size in GiB."));

    static final Section<Cache.Builder, Cache> CACHE = new Section<>(
            "cache", "The ElastiCache replication group (Redis or Valkey) for sessions and caches.",
            Cache::builder, Cache.Builder::build, Cache.builder().build(),
            key("engine", Kinds.choice(CacheEngine.class), Cache::engine, Cache.Builder::engine, "Cache engine."),
            key("engineVersion", Kinds.numericText(), Cache::engineVersion, Cache.Builder::engineVersion, "Engine version; defaults to a current one of the engine."),
            key("nodeType", Kinds.string(), Cache::nodeType, Cache.Builder::nodeType, "Cache node type."),
            key("replicas", Kinds.integer(0, 5), Cache::replicas, Cache.Builder::replicas, "Replicas beside the primary."),
            key("automaticFailover", Kinds.bool(), Cache::automaticFailover, Cache.Builder::automaticFailover, "Promote a replica when the primary fails."),
            key("multiAz", Kinds.bool(), Cache::multiAz, Cache.Builder::multiAz, "Keep the replicas in other availability zones."),
            key("transitEncryption", Kinds.bool(), Cache::transitEncryption, Cache.Builder::transitEncryption, "TLS between Moodle and the cache."),
            key("atRestEncryption", Kinds.bool(), Cache::atRestEncryption, Cache.Builder::atRestEncryption, "Encrypt snapshots and swap at rest."),
            key("authToken", Kinds.bool(), Cache::authToken, Cache.Builder::authToken, "Require an AUTH token; it is generated and kept in Secrets Manager, never written here."));

    static final Section<FileStorage.Builder, FileStorage> FILE_STORAGE = new Section<>(
            "fileStorage", "The EFS file system holding the shared moodledata.",
            FileStorage::builder, FileStorage.Builder::build, FileStorage.builder().build(),
            key("performanceMode", Kinds.choice(PerformanceMode.class), FileStorage::performanceMode, FileStorage.Builder::performanceMode, "EFS performance mode."),
            key("throughputMode", Kinds.choice(ThroughputMode.class), FileStorage::throughputMode, FileStorage.Builder::throughputMode, "EFS throughput mode."),
            key("provisionedThroughputMibps", Kinds.integer(1, null), FileStorage::provisionedThroughputMibps, FileStorage.Builder::provisionedThroughputMibps, "Throughput in MiB/s when the mode is provisioned."),
            key("encrypted", Kinds.bool(), FileStorage::encrypted, FileStorage.Builder::encrypted, "Encrypt at rest."),
            key("tlsMount", Kinds.bool(), FileStorage::tlsMount, FileStorage.Builder::tlsMount, "Mount with TLS through efs-utils."),
            key("backups", Kinds.bool(), FileStorage::backups, FileStorage.Builder::backups, "Back the file system up with AWS Backup: in the stack's backup plan, or by EFS automatic backups when backup.enabled is false."),
            key("restoreFromRecoveryPoint", Kinds.string(), FileStorage::restoreFromRecoveryPoint, FileStorage.Builder::restoreFromRecoveryPoint, "ARN of an AWS Backup recovery point of an EFS file system in the site's region; the RUNBOOK's restore drill restores its files into the new file system before the site is opened."));

    static final Section<Database.Builder, Database> DATABASE = new Section<>(
            "database", "The database: Aurora MySQL, or RDS MySQL or MariaDB.",
            Database::builder, Database.Builder::build, Database.builder().build(),
            key("engine", Kinds.choice(DatabaseEngine.class), Database::engine, Database.Builder::engine, "Database engine."),
            key("engineVersion", Kinds.numericText(), Database::engineVersion, Database.Builder::engineVersion, "Engine version; defaults to one the Moodle version supports."),
            key("instanceClass", Kinds.string(), Database::instanceClass, Database.Builder::instanceClass, "DB instance class."),
            key("readers", Kinds.integer(0, 15), Database::readers, Database.Builder::readers, "Aurora replicas beside the writer."),
            key("multiAz", Kinds.bool(), Database::multiAz, Database.Builder::multiAz, "Multi-AZ standby (RDS MySQL and MariaDB)."),
            key("allocatedStorageGb", Kinds.integer(20, 65536), Database::allocatedStorageGb, Database.Builder::allocatedStorageGb, "Storage of an RDS instance in GiB."),
            key("backupRetentionDays", Kinds.integer(1, 35), Database::backupRetentionDays, Database.Builder::backupRetentionDays, "Days automated backups are kept."),
            key("storageEncrypted", Kinds.bool(), Database::storageEncrypted, Database.Builder::storageEncrypted, "Encrypt storage at rest."),
            key("deletionProtection", Kinds.bool(), Database::deletionProtection, Database.Builder::deletionProtection, "Refuse deletion of the database."),
            key("maxAllowedPacket", SIZE, Database::maxAllowedPacket, Database.Builder::maxAllowedPacket, "MySQL max_allowed_packet."),
            key("innodbBufferPoolSize", Kinds.numericText(), Database::innodbBufferPoolSize, Database.Builder::innodbBufferPoolSize, "MySQL innodb_buffer_pool_size: bytes or an RDS formula."),
            key("databaseName", Kinds.string(), Database::databaseName, Database.Builder::databaseName, "Schema name."),
            key("masterUsername", Kinds.string(), Database::masterUsername, Database.Builder::masterUsername, "Master user; its password is generated and kept in Secrets Manager, never written here."),
            key("readFromReplica", Kinds.bool(), Database::readFromReplica, Database.Builder::readFromReplica, "Send Moodle's read-only queries to the Aurora reader endpoint."),
            key("restoreFromSnapshot", Kinds.string(), Database::restoreFromSnapshot, Database.Builder::restoreFromSnapshot, "ARN of a snapshot in the site's region to create the database from (a DB cluster snapshot for Aurora, a DB snapshot for RDS MySQL and MariaDB); set on a running site it replaces the database."));

    static final Section<Network.Builder, Network> NETWORK = new Section<>(
            "network", "Where the site runs: a new VPC created with the stack, or an existing one.",
            Network::builder, Network.Builder::build, Network.builder().build(),
            key("mode", Kinds.choice(NetworkMode.class), Network::mode, Network.Builder::mode, "A new VPC, or an existing one."),
            key("vpcCidr", Kinds.string(), Network::vpcCidr, Network.Builder::vpcCidr, "CIDR of a new VPC."),
            key("availabilityZoneCount", Kinds.integer(1, 6), Network::availabilityZoneCount, Network.Builder::availabilityZoneCount, "Availability zones a new VPC spans when none are named."),
            key("availabilityZones", STRINGS, Network::availabilityZones, Network.Builder::availabilityZones, "Availability zones by name; empty picks the first ones of the region."),
            key("natGateways", Kinds.choice(NatGateways.class), Network::natGateways, Network.Builder::natGateways, "NAT gateways of a new VPC."),
            key("vpcId", Kinds.string(), Network::vpcId, Network.Builder::vpcId, "Id of an existing VPC."),
            key("publicSubnetIds", STRINGS, Network::publicSubnetIds, Network.Builder::publicSubnetIds, "Existing public subnets (load balancer), one per availability zone."),
            key("privateSubnetIds", STRINGS, Network::privateSubnetIds, Network.Builder::privateSubnetIds, "Existing private subnets (instances and data), one per availability zone."),
            key("ssh", Kinds.bool(), Network::ssh, Network.Builder::ssh, "Open SSH (port 22) to the admin networks; Session Manager works without it."),
            key("adminCidrs", STRINGS, Network::adminCidrs, Network.Builder::adminCidrs, "Networks (CIDR) allowed to reach the instances over SSH."));

    static final Section<Php.Builder, Php> PHP = new Section<>(
            "moodle.php", "PHP version and the settings Moodle needs.",
            Php::builder, Php.Builder::build, Php.builder().build(),
            key("version", Kinds.numericText(), Php::version, Php.Builder::version, "PHP version such as 8.3; defaults to the newest the Moodle version and operating system support."),
            key("maxInputVars", Kinds.integer(1, null), Php::maxInputVars, Php.Builder::maxInputVars, "PHP max_input_vars; Moodle requires at least 5000."),
            key("memoryLimit", SIZE, Php::memoryLimit, Php.Builder::memoryLimit, "PHP memory_limit."),
            key("uploadMaxSize", SIZE, Php::uploadMaxSize, Php.Builder::uploadMaxSize, "PHP upload_max_filesize and post_max_size."),
            key("maxExecutionTimeSeconds", Kinds.integer(0, null), Php::maxExecutionTimeSeconds, Php.Builder::maxExecutionTimeSeconds, "PHP max_execution_time of web requests."),
            key("opcache", Kinds.bool(), Php::opcache, Php.Builder::opcache, "Enable OPcache."),
            key("extraExtensions", STRINGS, Php::extraExtensions, Php.Builder::extraExtensions, "PHP extensions installed beyond the ones Moodle requires."));

    static final Section<Caches.Builder, Caches> CACHES = new Section<>(
            "moodle.caches", "The MUC store of each cache mode.",
            Caches::builder, Caches.Builder::build, Caches.builder().build(),
            key("application", Kinds.choice(CacheStore.class), Caches::application, Caches.Builder::application, "Store of application caches."),
            key("session", Kinds.choice(CacheStore.class), Caches::session, Caches.Builder::session, "Store of session caches."),
            key("request", Kinds.choice(CacheStore.class), Caches::request, Caches.Builder::request, "Store of request caches (only the static store can serve them)."));

    static final Section<CodeSource.Builder, CodeSource> CODE = new Section<>(
            "moodle.code", "Where the instances get the Moodle code, pinned to a reference.",
            CodeSource::builder, CodeSource.Builder::build, CodeSource.builder().build(),
            key("type", Kinds.choice(CodeSourceType.class), CodeSource::type, CodeSource.Builder::type, "A git repository or an archive in S3."),
            key("repository", Kinds.string(), CodeSource::repository, CodeSource.Builder::repository, "Git URL, or s3://bucket/key.tgz."),
            key("ref", Kinds.numericText(), CodeSource::ref, CodeSource.Builder::ref, "Git tag, branch or commit; defaults to the stable branch of the Moodle version."));

    private static final String HOST_NAME = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

    static final Section<Mail.Builder, Mail> MAIL = new Section<>(
            "moodle.mail", "How Moodle sends mail: not at all, through Amazon SES created by the stack, or through an SMTP relay.",
            Mail::builder, Mail.Builder::build, Mail.builder().build(),
            key("mode", Kinds.choice(MailMode.class), Mail::mode, Mail.Builder::mode, "none, ses (an SES domain identity, its DKIM records and SMTP credentials created by the stack) or relay."),
            key("noReplyAddress", Kinds.pattern("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "an address such as noreply@example.org"),
                    Mail::noReplyAddress, Mail.Builder::noReplyAddress, "Moodle's no-reply address; with ses it defaults to noreply@ the identity's domain."),
            key("domain", Kinds.pattern(HOST_NAME, "a domain name such as example.org"), Mail::domain, Mail.Builder::domain,
                    "Domain of the SES identity; defaults to the no-reply address's domain, else the site's host."),
            key("host", Kinds.pattern(HOST_NAME, "a host name such as smtp.example.org"), Mail::host, Mail.Builder::host, "Host name of the SMTP relay."),
            key("port", Kinds.integer(1, 65535), Mail::port, Mail.Builder::port, "Port of the SMTP relay."),
            key("security", Kinds.choice(MailSecurity.class), Mail::security, Mail.Builder::security,
                    "starttls (Moodle's smtpsecure tls), tls from the first byte (smtpsecure ssl, port 465) or none."),
            key("user", Kinds.pattern("^[^\\s`]{1,256}$", "a user name without spaces"), Mail::user, Mail.Builder::user, "User name at the relay; leave out to send without logging in."),
            key("passwordSecretArn", Kinds.pattern("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$",
                    "a Secrets Manager secret ARN"), Mail::passwordSecretArn, Mail.Builder::passwordSecretArn,
                    "Secrets Manager ARN of the relay password, kept there as plain text; the nodes read it at boot."));

    static final Section<Plugin.Builder, Plugin> PLUGIN = new Section<>(
            "moodle.plugins[]", "A plugin beyond Moodle's standard ones, from one pinned source: git with ref, zip with sha256, or s3 with sha256.",
            Plugin::builder, Plugin.Builder::build, Plugin.builder().component(FILLER).build(),
            Key.required("component", Kinds.string(), Plugin::component, Plugin.Builder::component, "Moodle's component name, type_name, for example mod_attendance."),
            key("git", Kinds.string(), Plugin::git, Plugin.Builder::git, "Git repository (https:// or ssh) with the plugin at its top level."),
            key("ref", Kinds.numericText(), Plugin::ref, Plugin.Builder::ref, "The branch, tag or commit of the git repository to install; plan and deploy pin it to the commit it points at (the stack parameter PluginVersions)."),
            key("zip", Kinds.string(), Plugin::zip, Plugin.Builder::zip, "https:// address of a zip archive holding the plugin's folder."),
            key("s3", Kinds.string(), Plugin::s3, Plugin.Builder::s3, "s3://bucket/key of a zip archive holding the plugin's folder."),
            key("sha256", Kinds.string(), Plugin::sha256, Plugin.Builder::sha256, "SHA-256 of the zip archive, in hexadecimal."));

    static final Section<Moodle.Builder, Moodle> MOODLE = new Section<>(
            "moodle", "The Moodle application.",
            Moodle::builder, Moodle.Builder::build, Moodle.builder().wwwroot(FILLER).build(),
            key("version", Kinds.choice(List.of(MoodleVersion.values()), MoodleVersion::label), Moodle::version, Moodle.Builder::version, "Moodle release."),
            Key.required("wwwroot", Kinds.string(), Moodle::wwwroot, Moodle.Builder::wwwroot, "Public https address of the site, without a trailing slash."),
            key("code", CODE, Moodle::code, Moodle.Builder::code, "Where the instances get the code."),
            key("os", Kinds.choice(OperatingSystem.class), Moodle::os, Moodle.Builder::os, "Operating system of every instance."),
            key("webServer", Kinds.choice(WebServer.class), Moodle::webServer, Moodle.Builder::webServer, "Web server in front of PHP-FPM."),
            key("php", PHP, Moodle::php, Moodle.Builder::php, "PHP version and settings."),
            key("sessions", Kinds.choice(SessionHandler.class), Moodle::sessions, Moodle.Builder::sessions, "Where sessions are kept."),
            key("caches", CACHES, Moodle::caches, Moodle.Builder::caches, "MUC store of each cache mode."),
            key("asyncBackup", Kinds.bool(), Moodle::asyncBackup, Moodle.Builder::asyncBackup, "Force enableasyncbackup so backups run on the stable instance."),
            key("preventFileLocking", Kinds.bool(), Moodle::preventFileLocking, Moodle.Builder::preventFileLocking, "Set $CFG->preventfilelocking (not recommended)."),
            key("lockFactory", Kinds.choice(LockFactory.class), Moodle::lockFactory, Moodle.Builder::lockFactory, "Lock factory for tasks and caches."),
            key("dataroot", Kinds.string(), Moodle::dataroot, Moodle.Builder::dataroot, "Mount point of the shared moodledata."),
            key("codeRoot", Kinds.string(), Moodle::codeRoot, Moodle.Builder::codeRoot, "Where the code is checked out on each instance."),
            key("directoryPermissions", Kinds.pattern("^0?[0-7]{3,4}$", "octal permissions in quotes, such as '02775'"),
                    Moodle::directoryPermissions, Moodle.Builder::directoryPermissions, "$CFG->directorypermissions, in octal."),
            key("siteFullName", Kinds.string(), Moodle::siteFullName, Moodle.Builder::siteFullName, "Full site name used at first install; defaults to the deployment name."),
            key("siteShortName", Kinds.string(), Moodle::siteShortName, Moodle.Builder::siteShortName, "Short site name used at first install; defaults to the deployment name."),
            key("adminEmail", Kinds.string(), Moodle::adminEmail, Moodle.Builder::adminEmail, "Email of the first administrator, used at first install."),
            key("healthCheckScript", Kinds.bool(), Moodle::healthCheckScript, Moodle.Builder::healthCheckScript, "Install a health script that checks the database, the cache and moodledata."),
            key("forcedSettings", SETTINGS, Moodle::forcedSettings, Moodle.Builder::forcedSettings, "Core admin settings forced from config.php ($CFG->name = value)."),
            key("forcedPluginSettings", Kinds.map(SETTINGS, "map of plugin names to maps of settings", ""),
                    Moodle::forcedPluginSettings, Moodle.Builder::forcedPluginSettings, "Plugin settings forced from config.php, by plugin name (for example tool_mobile)."),
            key("mail", MAIL, Moodle::mail, Moodle.Builder::mail, "How Moodle sends mail."),
            key("plugins", Kinds.list(PLUGIN, "list of maps"), Moodle::plugins, Moodle.Builder::plugins, "Plugins beyond Moodle's standard ones, installed into every node's code before install or upgrade."));

    static final Section<Alerts.Builder, Alerts> ALERTS = new Section<>(
            "alerts", "Who hears of the alarms: every alarm notifies one SNS topic of the stack.",
            Alerts::builder, Alerts.Builder::build, Alerts.builder().build(),
            key("emails", STRINGS, Alerts::emails, Alerts.Builder::emails, "E-mail addresses subscribed to the alarm topic; each confirms the subscription AWS mails to it."));

    static final Section<Backup.Builder, Backup> BACKUP = new Section<>(
            "backup", "The AWS Backup plan of the database and (with fileStorage.backups) the file system.",
            Backup::builder, Backup.Builder::build, Backup.builder().build(),
            key("enabled", Kinds.bool(), Backup::enabled, Backup.Builder::enabled, "Create a backup vault, plan and selection with the stack."),
            key("schedule", Kinds.string(), Backup::schedule, Backup.Builder::schedule, "When backups start: an AWS Backup cron(...) expression, in UTC."),
            key("retentionDays", Kinds.integer(1, 36500), Backup::retentionDays, Backup.Builder::retentionDays, "Days each recovery point is kept."),
            key("pointInTimeRecovery", Kinds.bool(), Backup::pointInTimeRecovery, Backup.Builder::pointInTimeRecovery, "Continuous backup of the database: restore to any second of the retention (at most 35 days)."),
            key("copyToVaultArn", Kinds.string(), Backup::copyToVaultArn, Backup.Builder::copyToVaultArn, "ARN of a backup vault in another region or account that receives a copy of every recovery point."),
            key("copyRetentionDays", Kinds.integer(1, 36500), Backup::copyRetentionDays, Backup.Builder::copyRetentionDays, "Days the copies are kept; the retention of the originals when left out."));

    static final Section<Monitoring.Builder, Monitoring> MONITORING = new Section<>(
            "monitoring", "Logs shipped to CloudWatch Logs, the dashboard, and the alarms on cron and the ad-hoc task queue.",
            Monitoring::builder, Monitoring.Builder::build, Monitoring.builder().build(),
            key("logRetentionDays", Kinds.choice(Monitoring.LOG_RETENTION_DAYS, String::valueOf), Monitoring::logRetentionDays, Monitoring.Builder::logRetentionDays, "Days CloudWatch Logs keeps the boot, web server, PHP-FPM and cron logs."),
            key("dashboard", Kinds.bool(), Monitoring::dashboard, Monitoring.Builder::dashboard, "Create a CloudWatch dashboard of the site."),
            key("cronAlarmMinutes", Kinds.integer(5, 1440), Monitoring::cronAlarmMinutes, Monitoring.Builder::cronAlarmMinutes, "Alarm when no cron run has completed for this many minutes."),
            key("taskQueueAlarmMinutes", Kinds.integer(5, 10080), Monitoring::taskQueueAlarmMinutes, Monitoring.Builder::taskQueueAlarmMinutes, "Alarm when the oldest due ad-hoc task has waited this many minutes."));

    static final Section<Images.Builder, Images> IMAGES = new Section<>(
            "images", "How the nodes' software gets onto them: installed by every boot, or baked once into an image by EC2 Image Builder.",
            Images::builder, Images.Builder::build, Images.builder().build(),
            key("mode", Kinds.choice(ImageMode.class), Images::mode, Images.Builder::mode, "install-at-boot: every boot installs packages, the AWS CLI, efs-utils and the Moodle code from the internet (no image to build; a node serves after several minutes). baked: the stack bakes them into one image per code version and base image, and a boot only mounts, configures and starts (a node serves within about a minute, with no download)."),
            key("buildInstanceType", Kinds.string(), Images::buildInstanceType, Images.Builder::buildInstanceType, "Instance type of the build instance; when left out, m6i.large, or m6g.large for Graviton nodes."),
            key("bakeTimeoutMinutes", Kinds.integer(10, 240), Images::bakeTimeoutMinutes, Images.Builder::bakeTimeoutMinutes, "Longest time the bake script may run; a bake that takes longer fails, and the deploy with it."));

    static final Section<Suppression.Builder, Suppression> SUPPRESSION = new Section<>(
            "suppressions[]", "A finding accepted on purpose, with the reason.",
            Suppression::builder, Suppression.Builder::build, Suppression.builder().rule(FILLER).reason(FILLER).build(),
            Key.required("rule", Kinds.pattern("^[A-Z]{2,6}-[0-9]{3}$", "a rule id such as LB-003"), Suppression::rule, Suppression.Builder::rule, "Rule id, for example LB-003."),
            Key.required("reason", Kinds.string(), Suppression::reason, Suppression.Builder::reason, "Why the finding is accepted."),
            key("path", Kinds.string(), Suppression::path, Suppression.Builder::path, "Limit it to findings on this key path; all findings of the rule when left out."));

    static final Section<Deployment.Builder, Deployment> DEPLOYMENT = new Section<>(
            "top level", "A high-availability Moodle site on AWS.",
            Deployment::builder, Deployment.Builder::build, Deployment.builder().name(FILLER).region(FILLER).moodle(MOODLE.defaults()).build(),
            Key.required("name", Kinds.pattern("^[a-z][a-z0-9-]{0,31}$",
                    "lower-case letters, digits and hyphens, starting with a letter, at most 32 characters"),
                    Deployment::name, Deployment.Builder::name, "Site name: names the stack and prefixes every resource."),
            Key.required("region", Kinds.pattern("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "an AWS region such as eu-west-1"),
                    Deployment::region, Deployment.Builder::region, "AWS region."),
            key("tags", Kinds.map(Kinds.scalarText(), "map of tag names to values", ""), Deployment::tags, Deployment.Builder::tags, "Tags put on the stack and every resource that takes tags."),
            key("moodle", MOODLE, Deployment::moodle, Deployment.Builder::moodle, "The Moodle application."),
            key("network", NETWORK, Deployment::network, Deployment.Builder::network, "Where it runs."),
            key("database", DATABASE, Deployment::database, Deployment.Builder::database, "The database."),
            key("fileStorage", FILE_STORAGE, Deployment::fileStorage, Deployment.Builder::fileStorage, "Shared moodledata on EFS."),
            key("cache", CACHE, Deployment::cache, Deployment.Builder::cache, "The Redis or Valkey replication group."),
            key("stable", STABLE, Deployment::stable, Deployment.Builder::stable, "The On-Demand instance that alone runs cron."),
            key("web", WEB, Deployment::web, Deployment.Builder::web, "The Spot web fleet."),
            key("loadBalancer", LOAD_BALANCER, Deployment::loadBalancer, Deployment.Builder::loadBalancer, "The Application Load Balancer."),
            key("alerts", ALERTS, Deployment::alerts, Deployment.Builder::alerts, "Who the alarms notify."),
            key("backup", BACKUP, Deployment::backup, Deployment.Builder::backup, "The AWS Backup plan of the database and the file system."),
            key("monitoring", MONITORING, Deployment::monitoring, Deployment.Builder::monitoring, "Logs, dashboard and the alarms on cron and the task queue."),
            key("images", IMAGES, Deployment::images, Deployment.Builder::images, "How the nodes' software gets onto them: baked into an image, or installed at boot."),
            key("suppressions", Kinds.list(SUPPRESSION, "list of maps"), Deployment::suppressions, Deployment.Builder::suppressions, "Findings accepted on purpose, each with a reason."));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DescriptorSchema() {
    }

    private static <B, R, T> Key<B, R, T> key(String name, Kind<T> kind, Function<R, T> getter, BiConsumer<B, T> setter, String description) {
        return Key.optional(name, kind, getter, setter, description);
    }

    /** The JSON Schema (draft 2020-12) of {@code moodle-aws.yaml}, as pretty-printed JSON ending in a newline. */
    public static String jsonSchema() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(jsonSchemaTree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema tree cannot fail to serialise", e);
        }
    }

    /** The JSON Schema as a tree. */
    public static ObjectNode jsonSchemaTree() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "moodle-aws.yaml");
        root.put("description", DEPLOYMENT.description
                + " Scalars may contain ${name} placeholders filled from properties (a number, boolean or choice only as its whole value);"
                + " $${x} stands for a literal ${x}. Control characters are refused in every value.");
        DEPLOYMENT.schema(root);
        ObjectNode defs = root.putObject("$defs");
        ObjectNode placeholder = defs.putObject("placeholder");
        placeholder.put("description", "A value given by a property when the descriptor is read: one ${name} and nothing else.");
        placeholder.put("type", "string");
        placeholder.put("pattern", Kinds.WHOLE_PLACEHOLDER_PATTERN);
        ObjectNode text = defs.putObject("textWithPlaceholder");
        text.put("description", "Text with a ${name} placeholder in it, checked once the placeholders are filled.");
        text.put("type", "string");
        text.put("pattern", Kinds.TEXT_PLACEHOLDER_PATTERN);
        return root;
    }

    /** The schema of one key: description, type, default. */
    static <B, R, T> ObjectNode property(Key<B, R, T> key, R defaults) {
        ObjectNode p = JSON.objectNode();
        p.put("description", key.description);
        key.kind.schema(p);
        key.defaultValue(defaults).ifPresent(d -> p.set("default", key.kind.toJson(d)));
        return p;
    }

    /** The descriptor reference: one Markdown table per section. */
    public static String markdownReference() {
        StringBuilder md = new StringBuilder();
        md.append("# `moodle-aws.yaml` reference\n\n")
                .append("Generated from `DescriptorSchema`; refresh with the descriptor documentation test ")
                .append("(`-Dmoodle-aws.refreshDocs=true`) instead of editing by hand. ")
                .append("The JSON Schema `moodle-aws.schema.json` is generated from the same definition.\n\n")
                .append("- Any value may contain `${name}` placeholders, filled from properties when the descriptor is read; ")
                .append("`$${x}` stands for a literal `${x}`. The filled-in value is checked like any other.\n")
                .append("- Keys whose names look like secrets (`password`, `dbpass`, `apiKey`, `token`, ...) are never kept: ")
                .append("the value is discarded and reported as an error. Secrets are generated and kept in AWS Secrets Manager.\n")
                .append("- A key left out takes the default shown.\n");
        for (Section<?, ?> section : allSections()) {
            table(md, section);
        }
        return md.toString();
    }

    private static List<Section<?, ?>> allSections() {
        Set<Section<?, ?>> out = new LinkedHashSet<>();
        collect(DEPLOYMENT, out);
        return new ArrayList<>(out);
    }

    private static void collect(Section<?, ?> section, Set<Section<?, ?>> out) {
        out.add(section);
        for (Key<?, ?, ?> key : section.keys()) {
            key.kind.sections().forEach(s -> collect(s, out));
        }
    }

    private static <B, R> void table(StringBuilder md, Section<B, R> section) {
        md.append("\n## ").append(section == DEPLOYMENT ? "Top level" : "`" + section.title + "`").append("\n\n")
                .append(section.description).append("\n\n")
                .append("| Key | Type | Default | Allowed | Description |\n")
                .append("|---|---|---|---|---|\n");
        for (Key<B, R, ?> key : section.keys()) {
            row(md, key, section.defaults());
        }
    }

    private static <B, R, T> void row(StringBuilder md, Key<B, R, T> key, R defaults) {
        String dflt;
        if (key.mustBeWritten() && !(key.kind instanceof Section<?, ?>)) {
            dflt = "**required**";
        } else {
            Optional<T> d = key.defaultValue(defaults);
            dflt = d.map(key.kind::toText).orElse(key.mustBeWritten() ? "**required**" : "");
        }
        md.append("| `").append(key.name).append("` | ")
                .append(cell(key.kind.typeName())).append(" | ")
                .append(cell(dflt)).append(" | ")
                .append(cell(key.kind.allowed())).append(" | ")
                .append(cell(key.description)).append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
