package dev.moodleaws.render.stack;

import static dev.moodleaws.render.stack.LogicalIds.*;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.EffectiveMail;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.model.PurchaseOption;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.model.Versions;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.render.BootTimes;
import dev.moodleaws.render.StackContract;
import dev.moodleaws.render.instance.InstanceArtifacts;
import dev.moodleaws.render.instance.LogFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes the {@link StackView} of a deployment: every decision the CloudFormation template shows. */
public final class StackViews {
    /** Each subnet is 1/16 of the VPC: room for 8 zones of one public and one private subnet. */
    static final int SUBNET_BITS = 4;
    static final int MAX_ZONES = 8;
    static final int MYSQL_PORT = 3306;
    static final int REDIS_PORT = 6379;
    static final int NFS_PORT = 2049;
    static final int HTTP_PORT = 80;
    static final int HTTPS_PORT = 443;
    static final int SSH_PORT = 22;
    /** Time a draining web node has beyond the deregistration delay to complete its lifecycle hook. */
    static final int DRAIN_MARGIN_SECONDS = 60;
    /** The stable node installs or upgrades Moodle before it answers health checks. */
    static final int STABLE_GRACE_SECONDS = 1800;
    static final int HOP_LIMIT = 1;
    /** Systems Manager (Session Manager, Run Command); the CloudWatch agent gets its own narrower statement. */
    static final List<String> MANAGED_POLICIES = List.of("AmazonSSMManagedInstanceCore");
    /** Processes the UpdatePolicy reference recommends suspending while a rolling update waits on signals. */
    static final List<String> SUSPENDED_DURING_UPDATE = List.of("HealthCheck", "ReplaceUnhealthy", "AZRebalance",
            "AlarmNotification", "ScheduledActions");
    /** SES Easy DKIM gives a domain identity three CNAME records. */
    static final int DKIM_RECORDS = 3;
    /** What AWS Backup needs to back up and to restore (the runbook's restore drill uses the same role). */
    static final List<String> BACKUP_POLICIES = List.of("AWSBackupServiceRolePolicyForBackup",
            "AWSBackupServiceRolePolicyForRestores");
    /** Redis nodes of a replication group are named after it: {@code <group>-001} is the first primary. */
    static final String FIRST_CACHE_NODE = "-001";

    private StackViews() {
    }

    /** The view of {@code d}, whose instances boot with {@code instances}' user data. */
    public static StackView of(Deployment d, InstanceArtifacts instances) {
        StackView.Network network = network(d.network());
        StackView.Database database = database(d.database(), d);
        StackView.Cache cache = cache(d.cache());
        Map<String, Value> exports = exports(d, database, cache);
        return new StackView(
                "moodle-aws: high-availability Moodle " + d.moodle().version().label() + " site " + d.name(),
                parameters(d),
                tags(d),
                network,
                securityGroups(d),
                database,
                fileSystem(d.fileStorage(), d.backup().enabled(), network),
                cache,
                secrets(d),
                mail(d),
                iam(d, database),
                stable(d, userData(BootFiles.STABLE_USER_DATA, instances.stableUserData(), exports)),
                fleet(d, userData(BootFiles.WEB_USER_DATA, instances.webUserData(), webExports(exports))),
                loadBalancer(d),
                new StackView.AlarmTopic(ALARM_TOPIC, "Moodle " + d.name(), d.alerts().emails()),
                alarms(d, database, cache),
                backup(d, database),
                logGroups(d),
                instances.bakeScript().map(script -> ImageBakes.of(d, script, network)).orElse(null),
                dashboard(d, database),
                outputs(d, database));
    }

    /** The public SSM parameter of the web nodes' image, whose value plan and deploy pin. */
    static String webImageParameter(Deployment d) {
        return Machines.imageParameter(d.moodle().os(), webArchitecture(d));
    }

    /** The public SSM parameter of the stable node's image, whose value plan and deploy pin. */
    static String stableImageParameter(Deployment d) {
        return Machines.imageParameter(d.moodle().os(), Machines.architecture(d.stable().instanceType()));
    }

    private static String webArchitecture(Deployment d) {
        return Machines.architecture(d.web().instanceTypes().isEmpty() ? "m6i.large" : d.web().instanceTypes().get(0));
    }

    /**
     * The parameters: the images and the code version have no default, so the stack runs only what a
     * plan or deploy looked up and showed ({@link StackInputs}); the certificate when none is configured.
     */
    static List<StackView.Parameter> parameters(Deployment d) {
        List<StackView.Parameter> out = new ArrayList<>();
        String imageType = "AWS::EC2::Image::Id";
        if (d.images().baked()) {
            out.add(new StackView.Parameter(ImageBakes.BASE_IMAGE, imageType, null,
                    "Base image of the nodes' baked image: " + stableImageParameter(d)));
        } else {
            out.add(new StackView.Parameter(WEB_IMAGE, imageType, null, "Web nodes' image: " + webImageParameter(d)));
            out.add(new StackView.Parameter(STABLE_IMAGE, imageType, null, "Stable node's image: " + stableImageParameter(d)));
        }
        var code = d.moodle().code();
        out.add(new StackView.Parameter(CODE_VERSION, "String", null, code.type() == CodeSourceType.S3
                ? "Version (or etag:ETag) of " + code.repository()
                : "Commit of " + Effective.codeRef(d.moodle())));
        if (!d.moodle().plugins().isEmpty()) {
            out.add(new StackView.Parameter(PLUGIN_VERSIONS, "String", null,
                    "Commit or archive SHA-256 of each plugin, as component=pin words"));
        }
        List<String> zones = d.network().availabilityZones();
        if (d.network().mode() == NetworkMode.NEW && !zones.isEmpty()) {
            out.add(new StackView.Parameter(AVAILABILITY_ZONES, "List<AWS::EC2::AvailabilityZone::Name>",
                    String.join(",", zones), "Availability zones of the subnets, in order"));
        }
        if (d.loadBalancer().certificateArn() == null) {
            out.add(new StackView.Parameter(CERTIFICATE, "String", null, "ACM certificate of the HTTPS listener"));
        }
        return out;
    }

    static List<StackView.Tag> tags(Deployment d) {
        return d.tags().entrySet().stream().map(e -> new StackView.Tag(e.getKey(), e.getValue())).toList();
    }

    static StackView.Network network(Network n) {
        if (n.mode() == NetworkMode.EXISTING) {
            return new StackView.Network(false, null, List.of(), List.of(), Value.literal(n.vpcId()),
                    n.publicSubnetIds().stream().map(Value::literal).toList(),
                    n.privateSubnetIds().stream().map(Value::literal).toList());
        }
        int count = Effective.availabilityZoneCount(n);
        if (count < 1 || count > MAX_ZONES) {
            throw new IllegalArgumentException("a new VPC spans 1 to " + MAX_ZONES + " availability zones, not " + count);
        }
        Ipv4Cidr vpc = Ipv4Cidr.parse(n.vpcCidr());
        int subnetPrefix = vpc.prefix() + SUBNET_BITS;
        if (subnetPrefix > 28) {
            throw new IllegalArgumentException("the VPC " + vpc + " is too small to split into /" + subnetPrefix + " subnets");
        }
        List<StackView.Nat> nats = new ArrayList<>();
        List<StackView.Zone> zones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            String publicSubnet = "PublicSubnet" + number;
            boolean ownNat = n.natGateways() == NatGateways.PER_AZ || (n.natGateways() == NatGateways.SINGLE && i == 0);
            if (ownNat) {
                nats.add(new StackView.Nat("NatGateway" + number, "NatAddress" + number, publicSubnet));
            }
            String nat = switch (n.natGateways()) {
                case PER_AZ -> "NatGateway" + number;
                case SINGLE -> "NatGateway1";
                case NONE -> null;
            };
            Value zone = n.availabilityZones().isEmpty() ? Value.zone(i) : Value.zone(AVAILABILITY_ZONES, i);
            zones.add(new StackView.Zone(number, zone, publicSubnet, vpc.subnet(subnetPrefix, i).toString(),
                    publicSubnet + "RouteTableAssociation", "PrivateSubnet" + number,
                    vpc.subnet(subnetPrefix, MAX_ZONES + i).toString(), "PrivateRouteTable" + number,
                    "PrivateSubnet" + number + "RouteTableAssociation", "PrivateDefaultRoute" + number, nat));
        }
        return new StackView.Network(true, vpc.toString(), zones, nats, Value.ref(VPC),
                zones.stream().map(z -> Value.ref(z.publicSubnet())).toList(),
                zones.stream().map(z -> Value.ref(z.privateSubnet())).toList());
    }

    static List<StackView.SecurityGroup> securityGroups(Deployment d) {
        List<StackView.Ingress> alb = new ArrayList<>();
        for (String cidr : d.loadBalancer().allowedCidrs()) {
            alb.add(cidrRule(HTTPS_PORT, cidr, "HTTPS from allowed networks"));
            if (d.loadBalancer().httpToHttpsRedirect()) {
                alb.add(cidrRule(HTTP_PORT, cidr, "HTTP from allowed networks, redirected to HTTPS"));
            }
        }
        List<StackView.Egress> albOut = new ArrayList<>();
        albOut.add(new StackView.Egress(LOAD_BALANCER_TO_WEB, HTTP_PORT, WEB_SG, "HTTP to the web nodes"));
        if (d.stable().inTargetGroup()) {
            albOut.add(new StackView.Egress(LOAD_BALANCER_TO_STABLE, HTTP_PORT, STABLE_SG, "HTTP to the stable node"));
        }
        List<StackView.Ingress> web = new ArrayList<>();
        web.add(groupRule(HTTP_PORT, LOAD_BALANCER_SG, "HTTP from the load balancer"));
        List<StackView.Ingress> stable = new ArrayList<>();
        if (d.stable().inTargetGroup()) {
            stable.add(groupRule(HTTP_PORT, LOAD_BALANCER_SG, "HTTP from the load balancer"));
        }
        if (d.network().ssh()) {
            for (String cidr : d.network().adminCidrs()) {
                web.add(cidrRule(SSH_PORT, cidr, "SSH from admin networks"));
                stable.add(cidrRule(SSH_PORT, cidr, "SSH from admin networks"));
            }
        }
        return List.of(
                new StackView.SecurityGroup(LOAD_BALANCER_SG, "Load balancer: HTTPS and HTTP from allowed networks",
                        alb, true, albOut),
                new StackView.SecurityGroup(WEB_SG, "Web nodes: HTTP from the load balancer only", web, false, List.of()),
                new StackView.SecurityGroup(STABLE_SG, "Stable node", stable, false, List.of()),
                new StackView.SecurityGroup(DATABASE_SG, "Database: MySQL from the instances only",
                        fromInstances(MYSQL_PORT, "MySQL"), true, List.of()),
                new StackView.SecurityGroup(FILE_SYSTEM_SG, "File system: NFS from the instances only",
                        fromInstances(NFS_PORT, "NFS"), true, List.of()),
                new StackView.SecurityGroup(CACHE_SG, "Cache: Redis from the instances only",
                        fromInstances(REDIS_PORT, "Redis"), true, List.of()));
    }

    private static List<StackView.Ingress> fromInstances(int port, String what) {
        return List.of(groupRule(port, WEB_SG, what + " from the web nodes"),
                groupRule(port, STABLE_SG, what + " from the stable node"));
    }

    private static StackView.Ingress cidrRule(int port, String cidr, String description) {
        return new StackView.Ingress(port, port, cidr.contains(":") ? "cidr6" : "cidr", cidr, description);
    }

    private static StackView.Ingress groupRule(int port, String group, String description) {
        return new StackView.Ingress(port, port, "group", group, description);
    }

    static StackView.Database database(Database db, Deployment d) {
        boolean aurora = db.engine() == DatabaseEngine.AURORA_MYSQL;
        String version = Effective.engineVersion(db, d.moodle().version());
        String family = switch (db.engine()) {
            case AURORA_MYSQL -> "aurora-mysql" + Effective.mysqlCompatibleRelease(db, d.moodle().version());
            case MYSQL -> "mysql" + Versions.prefix(version, 2);
            case MARIADB -> "mariadb" + Versions.prefix(version, 2);
        };
        long packet = Sizes.toBytes(db.maxAllowedPacket()).orElseThrow(() ->
                new IllegalArgumentException("max_allowed_packet is not a size: " + db.maxAllowedPacket()));
        String bufferPool = Sizes.toBytes(db.innodbBufferPoolSize()).stream().mapToObj(Long::toString).findFirst()
                .orElse(db.innodbBufferPoolSize());
        String resource = aurora ? DATABASE_CLUSTER : DATABASE;
        List<String> instances = new ArrayList<>();
        if (aurora) {
            instances.add(DATABASE_WRITER);
            for (int i = 1; i <= db.readers(); i++) {
                instances.add(DATABASE_READER + i);
            }
        }
        Value reader = aurora && db.readers() > 0 ? Value.getAtt(resource, "ReadEndpoint.Address") : null;
        return new StackView.Database(aurora, resource, instances, db.engine().value(), version, family,
                db.instanceClass(), !aurora && db.multiAz(), db.allocatedStorageGb(), Effective.databaseBackupRetentionDays(d),
                db.storageEncrypted(), db.deletionProtection(), Long.toString(packet), bufferPool, db.databaseName(),
                db.masterUsername(), MYSQL_PORT, Value.getAtt(resource, "Endpoint.Address"),
                Value.getAtt(resource, "Endpoint.Port"), reader, Value.getAtt(resource, "MasterUserSecret.SecretArn"),
                db.restoreFromSnapshot());
    }

    /**
     * The file system. Its backups come from the stack's backup plan when there is one, so EFS's
     * automatic backups (a second, separately billed copy) are turned off then.
     */
    static StackView.FileSystem fileSystem(FileStorage fs, boolean inBackupPlan, StackView.Network network) {
        List<StackView.MountTarget> targets = new ArrayList<>();
        for (int i = 0; i < network.privateSubnets().size(); i++) {
            targets.add(new StackView.MountTarget(MOUNT_TARGET + (i + 1), network.privateSubnets().get(i)));
        }
        Integer provisioned = fs.throughputMode() == ThroughputMode.PROVISIONED ? fs.provisionedThroughputMibps() : null;
        return new StackView.FileSystem(fs.performanceMode().value(), fs.throughputMode().value(), provisioned,
                fs.encrypted(), fs.backups() && !inBackupPlan ? "ENABLED" : "DISABLED", fs.tlsMount(), targets);
    }

    static StackView.Cache cache(Cache c) {
        Value token = c.authToken()
                ? Value.join(Value.literal("{{resolve:secretsmanager:"), Value.ref(CACHE_AUTH_SECRET), Value.literal("}}"))
                : null;
        return new StackView.Cache(c.engine().value(), Effective.cacheEngineVersion(c), c.nodeType(), 1 + c.replicas(),
                c.automaticFailover(), c.multiAz(), c.transitEncryption(), c.atRestEncryption(), token, REDIS_PORT);
    }

    static List<StackView.Secret> secrets(Deployment d) {
        Cache c = d.cache();
        List<StackView.Secret> out = new ArrayList<>();
        out.add(new StackView.Secret(ADMIN_SECRET, "Moodle administrator (username admin)", "{\"username\":\"admin\"}",
                "password", 32, false, "\"'`$\\/@ "));
        out.add(new StackView.Secret(DATABASE_USER_SECRET, "Moodle's own database user, with privileges on its schema only",
                "{\"username\":\"" + StackContract.moodleDatabaseUser(d.database()) + "\"}", "password", 32, false, "\"'`$\\/@ "));
        if (c.authToken()) {
            out.add(new StackView.Secret(CACHE_AUTH_SECRET, "AUTH token of the cache", null, null, 64, true, null));
        }
        return out;
    }

    /** The SES resources of the stack, when the descriptor asks for them. */
    static StackView.Mail mail(Deployment d) {
        if (d.moodle().mail().mode() != MailMode.SES) {
            return new StackView.Mail(false, null, null, null);
        }
        String domain = EffectiveMail.sesDomain(d);
        Value identity = Value.arn(Value.literal(":ses:"), Value.ref("AWS::Region"), Value.literal(":"),
                Value.ref("AWS::AccountId"), Value.literal(":identity/" + domain));
        Value secret = Value.join(Value.literal("{\"accessKeyId\":\""), Value.ref(MAIL_ACCESS_KEY),
                Value.literal("\",\"secretAccessKey\":\""), Value.getAtt(MAIL_ACCESS_KEY, "SecretAccessKey"),
                Value.literal("\"}"));
        return new StackView.Mail(true, domain, identity, secret);
    }

    /** The secret holding Moodle's SMTP login, if Moodle logs in: the stack's own with SES, the descriptor's with a relay. */
    static Optional<Value> mailSecret(Deployment d) {
        Mail mail = d.moodle().mail();
        if (!EffectiveMail.authenticated(mail)) {
            return Optional.empty();
        }
        return Optional.of(mail.mode() == MailMode.SES ? Value.ref(MAIL_SECRET) : Value.literal(mail.passwordSecretArn()));
    }

    /**
     * The two instance roles. Both read Moodle's database user secret and the Redis AUTH secret
     * (config.php needs them) and mount the file system; only the stable node, which installs the
     * site and creates or repairs Moodle's database user, reads the administrator's and the master
     * user's secrets; only the web nodes find their group and complete its drain hook;
     * both signal the stack at the end of every boot.
     */
    static StackView.Iam iam(Deployment d, StackView.Database db) {
        List<Value> policies = MANAGED_POLICIES.stream()
                .map(p -> Value.arn(Value.literal(":iam::aws:policy/" + p))).toList();
        List<Value> shared = new ArrayList<>();
        shared.add(Value.ref(DATABASE_USER_SECRET));
        if (d.cache().authToken()) {
            shared.add(Value.ref(CACHE_AUTH_SECRET));
        }
        mailSecret(d).ifPresent(shared::add);
        List<Value> stableSecrets = new ArrayList<>(shared);
        stableSecrets.add(Value.ref(ADMIN_SECRET));
        stableSecrets.add(db.secretArn());
        Value fileSystem = Value.getAtt(FILE_SYSTEM, "Arn");
        List<Value> code = codeObjects(d);
        Value drainTarget = Value.arn(Value.literal(":autoscaling:"), Value.ref("AWS::Region"), Value.literal(":"),
                Value.ref("AWS::AccountId"), Value.literal(":autoScalingGroup:*:autoScalingGroupName/"), Value.ref(WEB_GROUP));
        List<Value> stableLogs = new ArrayList<>();
        List<Value> webLogs = new ArrayList<>();
        for (LogFiles.LogFile f : LogFiles.of(d.moodle())) {
            stableLogs.add(Value.getAtt(f.logicalId(), "Arn"));
            if (!f.stableOnly()) {
                webLogs.add(Value.getAtt(f.logicalId(), "Arn"));
            }
        }
        return new StackView.Iam(policies,
                new StackView.Role(WEB_ROLE, WEB_PROFILE, "Moodle web nodes", shared, fileSystem, code, true,
                        Value.ref("AWS::StackId"), webLogs, null),
                new StackView.Role(STABLE_ROLE, STABLE_PROFILE, "Moodle stable node", stableSecrets, fileSystem, code,
                        false, Value.ref("AWS::StackId"), stableLogs, d.stable().runsCron() ? StackContract.METRIC_NAMESPACE : null),
                DRAIN_POLICY, drainTarget);
    }

    /** The S3 object of a code archive ({@code s3://bucket/key}), as an ARN; none for Git. */
    static List<Value> codeObjects(Deployment d) {
        List<Value> out = new ArrayList<>();
        var code = d.moodle().code();
        if (code.type() == dev.moodleaws.core.model.CodeSourceType.S3) {
            out.add(s3Object(code.repository()));
        }
        d.moodle().plugins().stream().filter(p -> p.s3() != null).forEach(p -> out.add(s3Object(p.s3())));
        return out;
    }

    private static Value s3Object(String location) {
        if (!location.startsWith("s3://") || location.indexOf('/', 5) < 0) {
            throw new IllegalArgumentException("an S3 archive is s3://bucket/key, not " + location);
        }
        return Value.arn(Value.literal(":s3:::" + location.substring(5)));
    }

    /** The image a launch template boots: the baked image, or the pinned image {@code parameter}. */
    static Value nodeImage(Deployment d, String parameter) {
        return d.images().baked() ? Value.getAtt(ImageBakes.IMAGE, "ImageId") : Value.ref(parameter);
    }

    static StackView.Stable stable(Deployment d, List<Value> userData) {
        StackView.LaunchTemplate lt = new StackView.LaunchTemplate(STABLE_LAUNCH_TEMPLATE, nodeImage(d, STABLE_IMAGE),
                d.stable().instanceType(), "required", HOP_LIMIT, Machines.rootDevice(d.moodle().os()),
                d.stable().rootVolumeGb(), true, STABLE_SG, STABLE_PROFILE, userData);
        if (d.stable().purchase() != PurchaseOption.ON_DEMAND) {
            throw new IllegalArgumentException("the stable node runs On-Demand only");
        }
        return new StackView.Stable(STABLE_GROUP, lt, d.stable().inTargetGroup(),
                d.stable().inTargetGroup() ? "ELB" : "EC2", STABLE_GRACE_SECONDS,
                "PT" + BootTimes.stableSignalSeconds(d) + "S");
    }

    static StackView.Fleet fleet(Deployment d, List<Value> userData) {
        WebFleet w = d.web();
        StackView.LaunchTemplate lt = new StackView.LaunchTemplate(WEB_LAUNCH_TEMPLATE, nodeImage(d, WEB_IMAGE), null,
                w.imdsV2Required() ? "required" : "optional", HOP_LIMIT, Machines.rootDevice(d.moodle().os()),
                w.rootVolumeGb(), w.encryptedVolumes(), WEB_SG, WEB_PROFILE, userData);
        int heartbeat = Math.max(30, Math.min(7200, d.loadBalancer().deregistrationDelaySeconds() + DRAIN_MARGIN_SECONDS));
        int minInService = Math.max(0, Math.min(w.desiredCapacity(), w.maxSize() - 1));
        int batch = Math.max(1, Math.min(w.maxSize(), (w.desiredCapacity() + 1) / 2));
        return new StackView.Fleet(WEB_GROUP, lt, w.minSize(), w.desiredCapacity(), w.maxSize(), w.onDemandBaseCapacity(),
                w.onDemandPercentageAboveBase(), w.spotAllocationStrategy().value(), w.instanceTypes(),
                w.capacityRebalance(), w.healthCheckGracePeriodSeconds(), StackContract.DRAIN_LIFECYCLE_HOOK, heartbeat,
                minInService, batch, "PT" + BootTimes.webSignalSeconds(d) + "S", SUSPENDED_DURING_UPDATE,
                w.maxSize() > w.minSize() ? WEB_SCALING_POLICY : null,
                w.targetCpuPercent());
    }

    /**
     * The alarms, each notifying the alarm topic: target 5xx responses and unhealthy targets at the
     * load balancer; database CPU and free storage (RDS, whose instance keeps its identifier through a
     * Multi-AZ failover) or CPU and freeable memory of whichever Aurora instance is the writer (the
     * cluster's WRITER role); Redis engine CPU and memory as the highest of every node of the
     * replication group, so that a failover moves nothing out of sight; and EFS burst credits only in
     * bursting mode.
     */
    static List<StackView.Alarm> alarms(Deployment d, StackView.Database db, StackView.Cache cache) {
        List<StackView.Alarm> out = new ArrayList<>();
        StackView.Dimension lb = new StackView.Dimension("LoadBalancer", Value.getAtt(LOAD_BALANCER, "LoadBalancerFullName"));
        out.add(new StackView.Alarm(ALARM_TARGET_5XX, "Moodle answered more than 50 5xx responses in 5 minutes, twice",
                "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", one(lb), "Sum", 300, 2,
                "GreaterThanThreshold", 50));
        out.add(new StackView.Alarm(ALARM_UNHEALTHY_HOSTS, "A node failed the health check for 5 minutes",
                "AWS/ApplicationELB", "UnHealthyHostCount", one(new StackView.Dimension("TargetGroup",
                        Value.getAtt(TARGET_GROUP, "TargetGroupFullName")), lb), "Maximum", 60, 5,
                "GreaterThanThreshold", 0));
        List<StackView.Series> database = db.aurora()
                ? one(new StackView.Dimension("DBClusterIdentifier", Value.ref(db.resource())),
                        new StackView.Dimension("Role", Value.literal("WRITER")))
                : one(new StackView.Dimension("DBInstanceIdentifier", Value.ref(db.resource())));
        out.add(new StackView.Alarm(ALARM_DATABASE_CPU, "Database writer CPU above 80% for 15 minutes", "AWS/RDS",
                "CPUUtilization", database, "Average", 300, 3, "GreaterThanThreshold", 80));
        if (db.aurora()) {
            out.add(new StackView.Alarm(ALARM_DATABASE_MEMORY, "Database writer below 256 MiB of freeable memory",
                    "AWS/RDS", "FreeableMemory", database, "Minimum", 300, 3, "LessThanThreshold",
                    256L << 20));
        } else {
            out.add(new StackView.Alarm(ALARM_DATABASE_STORAGE, "Database below 10% free storage", "AWS/RDS",
                    "FreeStorageSpace", database, "Minimum", 300, 1, "LessThanThreshold",
                    ((long) db.allocatedStorageGb() << 30) / 10));
        }
        List<StackView.Series> nodes = new ArrayList<>();
        for (int i = 1; i <= cache.numCacheClusters(); i++) {
            nodes.add(new StackView.Series("n" + i, List.of(new StackView.Dimension("CacheClusterId",
                    Value.join(Value.ref(CACHE), Value.literal(String.format("-%03d", i)))))));
        }
        out.add(new StackView.Alarm(ALARM_CACHE_CPU, "Redis engine CPU of a node above 80% for 15 minutes", "AWS/ElastiCache",
                "EngineCPUUtilization", nodes, "Average", 300, 3, "GreaterThanThreshold", 80));
        out.add(new StackView.Alarm(ALARM_CACHE_MEMORY, "Redis memory of a node above 85% for 15 minutes", "AWS/ElastiCache",
                "DatabaseMemoryUsagePercentage", nodes, "Average", 300, 3, "GreaterThanThreshold", 85));
        if (d.fileStorage().throughputMode() == ThroughputMode.BURSTING) {
            out.add(new StackView.Alarm(ALARM_FILE_SYSTEM_CREDITS, "EFS burst credits below 1 TB", "AWS/EFS",
                    "BurstCreditBalance", one(new StackView.Dimension("FileSystemId", Value.ref(FILE_SYSTEM))),
                    "Minimum", 300, 1, "LessThanThreshold", 1_000_000_000_000L));
        }
        out.addAll(cronAlarms(d));
        return out;
    }

    /**
     * The alarms on what the stable node publishes after each completed cron run: no completed run
     * for {@link Effective#cronAlarmMinutes} minutes (a missing value counts, since a stopped cron
     * publishes nothing), and an ad-hoc task due for longer than the descriptor allows.
     */
    static List<StackView.Alarm> cronAlarms(Deployment d) {
        if (!d.stable().runsCron()) {
            return List.of();
        }
        List<StackView.Series> site = one(new StackView.Dimension("Stack", Value.ref("AWS::StackName")));
        int minutes = Effective.cronAlarmMinutes(d);
        int queue = d.monitoring().taskQueueAlarmMinutes();
        return List.of(
                new StackView.Alarm(ALARM_CRON, "No Moodle cron run completed for " + minutes + " minutes",
                        StackContract.METRIC_NAMESPACE, StackContract.CRON_METRIC, site, "Sum", 60, minutes,
                        "LessThanThreshold", 1, "breaching"),
                new StackView.Alarm(ALARM_TASK_QUEUE, "An ad-hoc task has waited more than " + queue + " minutes",
                        StackContract.METRIC_NAMESPACE, StackContract.TASK_AGE_METRIC, site, "Maximum", 300, 1,
                        "GreaterThanThreshold", queue * 60L));
    }

    private static List<StackView.Series> one(StackView.Dimension... dimensions) {
        return List.of(new StackView.Series("m1", List.of(dimensions)));
    }

    /**
     * The backup plan: one rule on the descriptor's schedule into the stack's vault, continuous for
     * the database when point-in-time recovery is on (AWS Backup takes snapshots of the file system,
     * which has no continuous backup), copied to a second vault when one is named.
     */
    static StackView.Backup backup(Deployment d, StackView.Database db) {
        Backup b = d.backup();
        if (!b.enabled()) {
            return null;
        }
        List<Value> resources = new ArrayList<>();
        resources.add(db.aurora() ? Value.getAtt(db.resource(), "DBClusterArn") : Value.getAtt(db.resource(), "DBInstanceArn"));
        if (d.fileStorage().backups()) {
            resources.add(Value.getAtt(FILE_SYSTEM, "Arn"));
        }
        List<Value> policies = BACKUP_POLICIES.stream()
                .map(p -> Value.arn(Value.literal(":iam::aws:policy/service-role/" + p))).toList();
        Value name = Value.join(Value.ref("AWS::StackName"), Value.literal("-"), Value.stackIdPart());
        return new StackView.Backup(BACKUP_VAULT, name, BACKUP_ROLE, policies, BACKUP_PLAN, Value.ref("AWS::StackName"),
                b.schedule(), b.retentionDays(), b.pointInTimeRecovery(), b.copies() ? b.copyToVaultArn() : null,
                b.effectiveCopyRetentionDays(), BACKUP_SELECTION, resources);
    }

    /** One log group per shipped log, named {@code /moodle-aws/<stack>/<log>} as the agent configuration says. */
    static List<StackView.LogGroup> logGroups(Deployment d) {
        return LogFiles.of(d.moodle()).stream().map(f -> new StackView.LogGroup(f.logicalId(),
                Value.join(Value.literal(LogFiles.GROUP_PREFIX), Value.ref("AWS::StackName"), Value.literal("/" + f.name())),
                d.monitoring().logRetentionDays())).toList();
    }

    static StackView.Dashboard dashboard(Deployment d, StackView.Database db) {
        return d.monitoring().dashboard() ? new StackView.Dashboard(DASHBOARD, Dashboards.body(d, db)) : null;
    }

    static StackView.LoadBalancer loadBalancer(Deployment d) {
        var lb = d.loadBalancer();
        var hc = lb.healthCheck();
        Value certificate = lb.certificateArn() != null ? Value.literal(lb.certificateArn()) : Value.ref(CERTIFICATE);
        return new StackView.LoadBalancer(certificate, lb.sslPolicy(), lb.httpToHttpsRedirect(), lb.idleTimeoutSeconds(),
                lb.dropInvalidHeaders(), hc.path(), hc.intervalSeconds(), hc.timeoutSeconds(), hc.healthyThreshold(),
                hc.unhealthyThreshold(), hc.matcher(), lb.deregistrationDelaySeconds());
    }

    static List<StackView.Output> outputs(Deployment d, StackView.Database db) {
        List<StackView.Output> out = new ArrayList<>();
        out.add(new StackView.Output("SiteUrl", "The Moodle site", Value.literal(d.moodle().wwwroot())));
        out.add(new StackView.Output("LoadBalancerDnsName", "Point the site's DNS name here (CNAME or alias)",
                Value.getAtt(LOAD_BALANCER, "DNSName")));
        out.add(new StackView.Output("DatabaseEndpoint", "Database writer endpoint", db.endpoint()));
        if (db.hasReaderEndpoint()) {
            out.add(new StackView.Output("DatabaseReaderEndpoint", "Aurora reader endpoint", db.readerEndpoint()));
        }
        out.add(new StackView.Output("RedisEndpoint", "Cache primary endpoint", Value.getAtt(CACHE, "PrimaryEndPoint.Address")));
        out.add(new StackView.Output("FileSystemId", "EFS file system holding moodledata", Value.ref(FILE_SYSTEM)));
        if (d.moodle().mail().mode() == MailMode.SES) {
            for (int i = 1; i <= DKIM_RECORDS; i++) {
                out.add(new StackView.Output("MailDkimRecord" + i, "DKIM record " + i + " of " + DKIM_RECORDS
                        + " to add to the DNS of " + EffectiveMail.sesDomain(d) + " (name CNAME value)",
                        Value.join(Value.getAtt(MAIL_IDENTITY, "DkimDNSTokenName" + i), Value.literal(" CNAME "),
                                Value.getAtt(MAIL_IDENTITY, "DkimDNSTokenValue" + i))));
            }
        }
        return out;
    }

    /** What the template hands to the boot scripts, by {@link StackContract} variable. */
    static Map<String, Value> exports(Deployment d, StackView.Database db, StackView.Cache cache) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put(StackContract.REGION, Value.ref("AWS::Region"));
        out.put(StackContract.STACK, Value.ref("AWS::StackName"));
        out.put(StackContract.EFS_ID, Value.ref(FILE_SYSTEM));
        out.put(StackContract.DB_HOST, db.endpoint());
        out.put(StackContract.DB_READER_HOST, db.hasReaderEndpoint() ? db.readerEndpoint() : Value.literal(""));
        out.put(StackContract.DB_PORT, db.endpointPort());
        out.put(StackContract.DB_SECRET_ARN, Value.ref(DATABASE_USER_SECRET));
        out.put(StackContract.DB_MASTER_SECRET_ARN, db.secretArn());
        out.put(StackContract.REDIS_HOST, Value.getAtt(CACHE, "PrimaryEndPoint.Address"));
        out.put(StackContract.REDIS_PORT, Value.getAtt(CACHE, "PrimaryEndPoint.Port"));
        out.put(StackContract.REDIS_SECRET_ARN, cache.hasAuthToken() ? Value.ref(CACHE_AUTH_SECRET) : Value.literal(""));
        out.put(StackContract.ADMIN_SECRET_ARN, Value.ref(ADMIN_SECRET));
        out.put(StackContract.MAIL_SECRET_ARN, mailSecret(d).orElse(Value.literal("")));
        out.put(StackContract.CODE_VERSION, Value.ref(CODE_VERSION));
        out.put(StackContract.PLUGIN_VERSIONS, d.moodle().plugins().isEmpty() ? Value.literal("") : Value.ref(PLUGIN_VERSIONS));
        if (!out.keySet().equals(new java.util.LinkedHashSet<>(StackContract.VARIABLES))) {
            throw new IllegalStateException("the template must export exactly the contract's variables");
        }
        return out;
    }

    /** What web nodes get: no master secret, which only the stable node reads. */
    static Map<String, Value> webExports(Map<String, Value> exports) {
        Map<String, Value> web = new LinkedHashMap<>(exports);
        web.put(StackContract.DB_MASTER_SECRET_ARN, Value.literal(""));
        return web;
    }

    /**
     * The user data parts: the script's shebang line, one {@code export NAME='value'} line per
     * contract variable (its value a reference; adjacent literals are merged), then the rest of the
     * script, compressed ({@link BootPayload}), which ends its boot with one signal to its group.
     */
    static List<Value> userData(String source, String script, Map<String, Value> exports) {
        int end = script.indexOf('\n');
        if (!script.startsWith("#!") || end < 0) {
            throw new IllegalArgumentException("a boot script starts with a shebang line");
        }
        List<Value> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder(script.substring(0, end + 1));
        for (String name : StackContract.VARIABLES) {
            text.append("export ").append(name).append("='");
            Value value = exports.get(name);
            if (value.kind().equals("literal")) {
                text.append(value.literal());
            } else {
                parts.add(Value.literal(text.toString()));
                parts.add(value);
                text.setLength(0);
            }
            text.append("'\n");
        }
        text.append(BootPayload.wrap(source, script.substring(end + 1)));
        parts.add(Value.literal(text.toString()));
        return parts;
    }
}
