package dev.moodleaws.render.stack;

import java.util.List;

/**
 * Everything {@code cloudformation.yaml.ftl} prints, decided in Java: the template only loops over
 * these records and prints their fields. Logical IDs are letters and digits chosen here.
 *
 * @param description    the template description
 * @param parameters     template parameters (machine images, a certificate when none is configured)
 * @param tags           the descriptor's tags, put on every resource that takes tags
 * @param network        the VPC and subnets
 * @param securityGroups every security group with its ingress rules
 * @param database       the database
 * @param fileSystem     the EFS file system
 * @param cache          the ElastiCache replication group
 * @param secrets        the secrets the template generates
 * @param iam            the instance roles, one per kind of node
 * @param stable         the stable node's group of one
 * @param web            the Spot web fleet
 * @param loadBalancer   the load balancer, listeners and target group
 * @param alarmTopic     the SNS topic every alarm notifies, with the e-mail subscriptions of the descriptor
 * @param alarms         the CloudWatch alarms
 * @param backup         the AWS Backup vault, plan and selection, or null for none
 * @param logGroups      the log groups the instances ship their logs to
 * @param imageBake      the EC2 Image Builder resources that bake the nodes' image, or null when they install at boot
 * @param dashboard      the CloudWatch dashboard, or null for none
 * @param outputs        the stack outputs, the site URL first
 */
public record StackView(
        String description,
        List<Parameter> parameters,
        List<Tag> tags,
        Network network,
        List<SecurityGroup> securityGroups,
        Database database,
        FileSystem fileSystem,
        Cache cache,
        List<Secret> secrets,
        Mail mail,
        Iam iam,
        Stable stable,
        Fleet web,
        LoadBalancer loadBalancer,
        AlarmTopic alarmTopic,
        List<Alarm> alarms,
        Backup backup,
        List<LogGroup> logGroups,
        ImageBake imageBake,
        Dashboard dashboard,
        List<Output> outputs) {

    /** Whether resources get a Tags property at all. */
    public boolean tagged() {
        return !tags.isEmpty();
    }

    /** A template parameter; {@code defaultValue} may be null. */
    public record Parameter(String name, String type, String defaultValue, String description) {
    }

    public record Tag(String key, String value) {
    }

    /**
     * The network.
     *
     * @param newVpc         whether the stack creates the VPC (then {@code zones} and {@code nats} are filled)
     * @param vpcCidr        the CIDR of a new VPC
     * @param zones          one entry per availability zone of a new VPC
     * @param nats           the NAT gateways of a new VPC
     * @param vpcId          the VPC the resources go into
     * @param publicSubnets  the load balancer's subnets
     * @param privateSubnets the subnets of the instances and the data stores
     */
    public record Network(boolean newVpc, String vpcCidr, List<Zone> zones, List<Nat> nats, Value vpcId,
                          List<Value> publicSubnets, List<Value> privateSubnets) {
        public int zoneCount() {
            return privateSubnets.size();
        }
    }

    /**
     * One availability zone of a new VPC.
     *
     * @param natGateway the NAT gateway the private subnet routes through, or null for none
     */
    public record Zone(int number, Value zone, String publicSubnet, String publicCidr, String publicRouteAssociation,
                       String privateSubnet, String privateCidr, String privateRouteTable,
                       String privateRouteAssociation, String privateDefaultRoute, String natGateway) {
        public boolean routedToNat() {
            return natGateway != null;
        }
    }

    public record Nat(String gateway, String elasticIp, String publicSubnet) {
    }

    /**
     * A security group; {@code closedEgress} replaces the default allow-all egress by a rule to nowhere,
     * and {@code egress} adds rules to other groups as separate resources (inline rules that name each
     * other's groups would make a dependency cycle).
     */
    public record SecurityGroup(String id, String description, List<Ingress> ingress, boolean closedEgress,
                                List<Egress> egress) {
    }

    /** An egress rule to another security group, as its own {@code AWS::EC2::SecurityGroupEgress}. */
    public record Egress(String id, int port, String destination, String description) {
    }

    /**
     * One ingress rule.
     *
     * @param sourceKind {@code cidr}, {@code cidr6} or {@code group}
     * @param source     the CIDR, or the logical ID of the source security group
     */
    public record Ingress(int fromPort, int toPort, String sourceKind, String source, String description) {
    }

    /**
     * The database.
     *
     * @param aurora            Aurora MySQL (a cluster with instances) rather than one RDS instance
     * @param resource          the logical ID of the cluster (Aurora) or the instance (RDS)
     * @param instances         Aurora: the writer then the readers
     * @param parameterFamily   the parameter group family, e.g. {@code aurora-mysql8.0}
     * @param maxAllowedPacket  {@code max_allowed_packet} in bytes
     * @param bufferPoolSize    {@code innodb_buffer_pool_size}: bytes or an RDS formula
     * @param readerEndpoint    the Aurora reader endpoint, or null
     * @param snapshot          the ARN of the snapshot the database is created from, or null
     */
    public record Database(boolean aurora, String resource, List<String> instances, String engine,
                           String engineVersion, String parameterFamily, String instanceClass, boolean multiAz,
                           int allocatedStorageGb, int backupRetentionDays, boolean storageEncrypted,
                           boolean deletionProtection, String maxAllowedPacket, String bufferPoolSize,
                           String databaseName, String masterUsername, int port, Value endpoint, Value endpointPort,
                           Value readerEndpoint, Value secretArn, String snapshot) {
        public boolean hasReaderEndpoint() {
            return readerEndpoint != null;
        }

        /** Whether the database is created from {@code snapshot}, which then brings its schema, user and encryption. */
        public boolean restored() {
            return snapshot != null;
        }
    }

    /** The EFS file system; {@code requireTls} adds a policy denying clients without TLS. */
    public record FileSystem(String performanceMode, String throughputMode, Integer provisionedMibps,
                             boolean encrypted, String backupStatus, boolean requireTls,
                             List<MountTarget> mountTargets) {
        public boolean provisioned() {
            return provisionedMibps != null;
        }
    }

    public record MountTarget(String id, Value subnet) {
    }

    /** The replication group; {@code authToken} is null when AUTH is off. */
    public record Cache(String engine, String engineVersion, String nodeType, int numCacheClusters,
                        boolean automaticFailover, boolean multiAz, boolean transitEncryption,
                        boolean atRestEncryption, Value authToken, int port) {
        public boolean hasAuthToken() {
            return authToken != null;
        }
    }

    /**
     * A secret the template generates.
     *
     * @param template       the JSON the password is added to, or null for a plain string secret
     * @param generateKey    the JSON key of the generated password, or null
     * @param excludePunctuation leave punctuation out of the generated password
     */
    public record Secret(String id, String description, String template, String generateKey, int length,
                         boolean excludePunctuation, String excludeCharacters) {
        public boolean json() {
            return template != null;
        }
    }

    /**
     * The instance roles: the web nodes and the stable node each get their own, with only what their
     * boot scripts call. The web role alone completes the drain lifecycle hook (through
     * {@code drainPolicy}, a separate policy because the hook's group depends on the role) and signals
     * the stack during a rolling update; only the stable role reads the administrator's secret.
     *
     * @param managedPolicies ARNs of the AWS managed policies both roles carry (Systems Manager core)
     * @param web             the web nodes' role
     * @param stable          the stable node's role
     * @param drainPolicy     the logical ID of the web role's lifecycle hook policy
     * @param drainTarget     the ARN of the web fleet's group, for completing its lifecycle hook
     */
    public record Iam(List<Value> managedPolicies, Role web, Role stable, String drainPolicy, Value drainTarget) {
    }

    /**
     * One instance role and its instance profile.
     *
     * @param secrets          the secrets the nodes may read
     * @param fileSystem       the file system ARN the nodes may mount
     * @param codeObjects      S3 object ARNs of the Moodle code archive, or none for Git
     * @param describesGroup   whether the nodes may look up their Auto Scaling group
     * @param signalTarget     the stack the nodes signal at the end of boot, or null for none
     */
    public record Role(String id, String profile, String description, List<Value> secrets, Value fileSystem,
                       List<Value> codeObjects, boolean describesGroup, Value signalTarget, List<Value> logGroups,
                       String metricNamespace) {
        public boolean publishesMetrics() {
            return metricNamespace != null;
        }

        public boolean hasCodeObjects() {
            return !codeObjects.isEmpty();
        }

        public boolean signals() {
            return signalTarget != null;
        }
    }

    /**
     * A launch template.
     *
     * @param instanceType the instance type, or null when the group's overrides choose it
     * @param userData     the parts of the user data, joined then base64-encoded by the template
     */
    public record LaunchTemplate(String id, Value image, String instanceType, String httpTokens,
                                 int hopLimit, String deviceName, int rootVolumeGb, boolean encrypted,
                                 String securityGroup, String instanceProfile, List<Value> userData) {
        public boolean hasInstanceType() {
            return instanceType != null;
        }
    }

    /**
     * The stable node: an On-Demand group of exactly one, so that AWS replaces a failed node but
     * never runs two. Any change of its launch template (a new Moodle code ref changes the user
     * data) makes CloudFormation replace the node through the group's {@code AutoScalingRollingUpdate}
     * policy with {@code MinInstancesInService: 0} and {@code MaxBatchSize: 1}: the old node is
     * terminated before the new one starts, and the new one runs the upgrade at boot, alone, before
     * it marks the code ready for the web nodes. Its boot ends in one signal, which the stack's
     * creation and every replacement wait for up to {@code signalTimeout}.
     */
    public record Stable(String group, LaunchTemplate launchTemplate, boolean inTargetGroup, String healthCheckType,
                         int healthCheckGracePeriod, String signalTimeout) {
    }

    /**
     * The Spot web fleet. A change of its launch template rolls the fleet in batches of
     * {@code maxBatchSize}, keeping {@code minInstancesInService}; CloudFormation waits for each new
     * node's success signal (sent at the end of its boot, after the stable node has upgraded the
     * site) for up to {@code pauseTime}, and rolls the update back when a batch does not signal; the
     * stack's creation waits as long for {@code desiredCapacity} signals.
     *
     * @param suspendedProcesses the Auto Scaling processes suspended during a rolling update, as the
     *                           UpdatePolicy reference recommends when waiting on signals
     * @param scalingPolicy      the logical ID of the CPU target-tracking policy; null for a fleet of fixed
     *                           size (min = max), where Auto Scaling refuses target tracking
     */
    public record Fleet(String group, LaunchTemplate launchTemplate, int minSize, int desiredCapacity, int maxSize,
                        int onDemandBaseCapacity, int onDemandPercentageAboveBase, String spotAllocationStrategy,
                        List<String> instanceTypes, boolean capacityRebalance, int healthCheckGracePeriod,
                        String drainHook, int drainHeartbeatSeconds, int minInstancesInService, int maxBatchSize,
                        String pauseTime, List<String> suspendedProcesses, String scalingPolicy, int targetCpuPercent) {
        /** Whether the stack's creation waits for signals: a fleet that starts empty sends none. */
        public boolean signalsAtCreation() {
            return desiredCapacity > 0;
        }
    }

    /**
     * The SNS topic every alarm notifies when it goes into ALARM; other parts of the stack that alert
     * somebody publish to it too.
     *
     * @param id          its logical ID
     * @param displayName the sender name of its e-mails
     * @param emails      the addresses subscribed to it by e-mail
     */
    public record AlarmTopic(String id, String displayName, List<String> emails) {
    }

    /**
     * A CloudWatch alarm on one metric, or on the highest of several series of that metric (every
     * node of a replication group, so that the alarm follows the primary through a failover).
     *
     * @param watched    one series, or several whose maximum the alarm compares
     * @param comparison e.g. {@code GreaterThanThreshold}
     * @param treatMissingData {@code notBreaching}, or {@code breaching} for a metric whose absence is the alarm
     */
    public record Alarm(String id, String description, String namespace, String metric, List<Series> watched,
                        String statistic, int periodSeconds, int evaluationPeriods, String comparison, long threshold,
                        String treatMissingData) {
        /** An alarm that stays quiet while its metric is missing. */
        public Alarm(String id, String description, String namespace, String metric, List<Series> watched,
                     String statistic, int periodSeconds, int evaluationPeriods, String comparison, long threshold) {
            this(id, description, namespace, metric, watched, statistic, periodSeconds, evaluationPeriods, comparison,
                    threshold, "notBreaching");
        }

        /** Whether the alarm watches one series (classic form) rather than the maximum of several (metric math). */
        public boolean single() {
            return watched.size() == 1;
        }

        /** The dimensions of the one series of a single-series alarm. */
        public List<Dimension> dimensions() {
            return watched.get(0).dimensions();
        }
    }

    /** One series of a metric: its metric math ID and its dimensions. */
    public record Series(String id, List<Dimension> dimensions) {
    }

    /** A metric dimension. */
    public record Dimension(String name, Value value) {
    }

    /** The load balancer, its listeners and the target group. */
    public record LoadBalancer(Value certificate, String sslPolicy, boolean redirectHttp, int idleTimeoutSeconds,
                               boolean dropInvalidHeaders, String healthCheckPath, int healthCheckIntervalSeconds,
                               int healthCheckTimeoutSeconds, int healthyThreshold, int unhealthyThreshold,
                               String matcher, int deregistrationDelaySeconds) {
    }

    /**
     * The AWS Backup vault (kept when the stack is deleted, named after the stack and the first part
     * of its ID so that a stack of the same name created later gets its own), the role AWS Backup
     * uses to back up and restore, one plan rule and the selection of the data stores.
     *
     * @param continuous continuous backup of the database (point-in-time recovery)
     * @param copyTarget the ARN of the vault copies go to, or null for none
     * @param resources  the ARNs of the database and, with file system backups, the file system
     */
    public record Backup(String vault, Value vaultName, String role, List<Value> rolePolicies, String plan,
                         Value planName, String schedule, int retentionDays, boolean continuous, String copyTarget,
                         int copyRetentionDays, String selection, List<Value> resources) {
        public boolean copies() {
            return copyTarget != null;
        }
    }

    /** A log group of the stack, deleted with it, keeping events {@code retentionDays}. */
    public record LogGroup(String id, Value name, int retentionDays) {
    }

    /** The CloudWatch dashboard; {@code body} is its JSON, references joined in. */
    public record Dashboard(String id, Value body) {
    }

    public record Output(String name, String description, Value value) {
    }

    /**
     * Amazon SES created by the stack, when the descriptor asks for it: a domain identity signing with
     * DKIM, an IAM user that may send only from it, an access key of that user, and a secret holding
     * the key, from which each node derives its SMTP password at boot.
     *
     * @param ses          whether the stack creates them
     * @param domain       the identity's domain
     * @param identityArn  the identity's ARN, the only resource the user may send from
     * @param secretString the secret's JSON: the access key's ID and secret
     */
    public record Mail(boolean ses, String domain, Value identityArn, Value secretString) {
    }

    /**
     * The bake of the nodes' image with EC2 Image Builder: a component that runs the bake script, a
     * recipe of the pinned base image and that component, the build instance's settings, and the
     * image, whose ID the launch templates boot. Image Builder names are unique in an account and a
     * region and CloudFormation creates a replacement before it deletes the old resource, so the
     * component's and the recipe's name change with everything that makes a new image: the bake
     * script (its digest), the code version and the base image.
     *
     * @param image             the {@code AWS::ImageBuilder::Image}
     * @param component         the component running the bake script
     * @param recipe            the image recipe
     * @param infrastructure    the infrastructure configuration
     * @param role              the build instance's role
     * @param instanceProfile   the build instance's instance profile
     * @param logGroup          the log group of the build logs
     * @param logGroupName      its name (under /aws/imagebuilder/, where the build instance may write)
     * @param logRetentionDays  how long the build logs are kept
     * @param name              the component's and the recipe's name
     * @param infrastructureName the infrastructure configuration's name
     * @param componentData     the component document
     * @param baseImage         the base image (the pinned parameter)
     * @param buildInstanceType the build instance's type
     * @param subnet            the subnet of the build instance (one of the nodes', with their way out)
     * @param securityGroup     the security group of the build instance (the web nodes')
     * @param codeObjects       S3 objects the bake reads (the code archive, plugin archives)
     * @param managedPolicies   the build instance's managed policies (Image Builder's and Systems Manager's)
     */
    public record ImageBake(String image, String component, String recipe, String infrastructure, String role,
                            String instanceProfile, String logGroup, Value logGroupName, int logRetentionDays,
                            Value name, Value infrastructureName, Value componentData, Value baseImage,
                            String buildInstanceType, Value subnet, String securityGroup, List<Value> codeObjects,
                            List<Value> managedPolicies) {
        public ImageBake {
            codeObjects = List.copyOf(codeObjects);
            managedPolicies = List.copyOf(managedPolicies);
        }

        public boolean hasCodeObjects() {
            return !codeObjects.isEmpty();
        }
    }
}
