package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.render.stack.LogicalIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The rendered template, parsed and checked as a tree. */
class CloudFormationTemplateTest {
    private static final Renderer RENDERER = new Renderer(TemplateEngine.builtIn());

    static String template(Deployment d) {
        return RENDERER.render(d).bundle().content(Bundle.TEMPLATE);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String... path) {
        Object at = o;
        for (String key : path) {
            at = ((Map<String, Object>) at).get(key);
        }
        return (Map<String, Object>) at;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static Map<String, Object> resource(Map<String, Object> t, String id) {
        Map<String, Object> r = map(t, "Resources", id);
        assertTrue(r != null, "resource " + id);
        return r;
    }

    static Map<String, Object> props(Map<String, Object> t, String id) {
        return map(resource(t, id), "Properties");
    }

    static Set<String> ofType(Map<String, Object> t, String type) {
        return map(t, "Resources").entrySet().stream()
                .filter(e -> type.equals(((Map<?, ?>) e.getValue()).get("Type"))).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyRenderedTemplatePassesTheTemplateRules() {
        for (Deployment d : List.of(Deployments.quickstart(), Deployments.production(), Deployments.existingVpc())) {
            RenderResult result = RENDERER.render(d);
            List<Finding> tpl = result.artifactReport().findings().stream()
                    .filter(f -> f.rule().id().startsWith("TPL-") && !f.rule().id().equals("TPL-006")).toList();
            assertTrue(tpl.isEmpty(), d.name() + ": " + tpl);
            String yaml = result.bundle().content(Bundle.TEMPLATE);
            assertFalse(yaml.lines().anyMatch(l -> l.matches("\\s*(- )?[A-Za-z0-9]*:? ?!\\w.*")), "no short-form tags");
            System.out.printf("%s: template %d bytes, %d resources%n", d.name(),
                    yaml.getBytes(StandardCharsets.UTF_8).length, map(parse(yaml), "Resources").size());
        }
    }

    @Test
    void theTemplateHasItsHeaderAndTheSiteUrlFirstAmongOutputs() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        assertEquals("2010-09-09", t.get("AWSTemplateFormatVersion"));
        assertTrue(t.get("Description").toString().contains("campus"));
        List<String> outputs = new ArrayList<>(map(t, "Outputs").keySet());
        assertEquals("SiteUrl", outputs.get(0));
        assertEquals("https://learn.example.org", map(t, "Outputs", "SiteUrl").get("Value"));
        assertTrue(outputs.containsAll(List.of("LoadBalancerDnsName", "DatabaseEndpoint", "RedisEndpoint", "FileSystemId")));
    }

    @Test
    void aNewVpcHasSubnetsRoutesAndANatGatewayPerZone() {
        Map<String, Object> t = parse(template(Deployments.production()));
        assertEquals(Set.of("PublicSubnet1", "PublicSubnet2", "PublicSubnet3", "PrivateSubnet1", "PrivateSubnet2",
                "PrivateSubnet3"), ofType(t, "AWS::EC2::Subnet"));
        assertEquals(Set.of("NatGateway1", "NatGateway2", "NatGateway3"), ofType(t, "AWS::EC2::NatGateway"));
        assertEquals("10.20.128.0/20", props(t, "PrivateSubnet1").get("CidrBlock"));
        assertEquals(Map.of("Ref", "NatGateway2"), props(t, "PrivateDefaultRoute2").get("NatGatewayId"));
        assertEquals(Map.of("Ref", "InternetGateway"), props(t, "PublicDefaultRoute").get("GatewayId"));
        assertEquals(3, ofType(t, "AWS::EFS::MountTarget").size());
    }

    @Test
    void anExistingVpcIsUsedAsGiven() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        assertTrue(ofType(t, "AWS::EC2::VPC").isEmpty());
        assertTrue(ofType(t, "AWS::EC2::Subnet").isEmpty());
        assertEquals("vpc-0abc1234", props(t, LogicalIds.WEB_SG).get("VpcId"));
        assertEquals(List.of("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"), props(t, LogicalIds.LOAD_BALANCER).get("Subnets"));
        assertEquals(List.of("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"), props(t, LogicalIds.WEB_GROUP).get("VPCZoneIdentifier"));
        assertEquals("subnet-0a1b2c3d4e5f60012", props(t, "MountTarget2").get("SubnetId"));
    }

    @Test
    void securityGroupsAllowOnlyTheNeededTraffic() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        List<Object> alb = list(props(t, LogicalIds.LOAD_BALANCER_SG).get("SecurityGroupIngress"));
        assertEquals(Set.of(80, 443), alb.stream().map(r -> ((Map<?, ?>) r).get("FromPort")).collect(Collectors.toSet()));
        List<Object> web = list(props(t, LogicalIds.WEB_SG).get("SecurityGroupIngress"));
        assertEquals(1, web.size());
        Map<?, ?> fromAlb = (Map<?, ?>) web.get(0);
        assertEquals(80, fromAlb.get("FromPort"));
        assertEquals(Map.of("Fn::GetAtt", List.of(LogicalIds.LOAD_BALANCER_SG, "GroupId")), fromAlb.get("SourceSecurityGroupId"));
        assertNull(props(t, LogicalIds.STABLE_SG).get("SecurityGroupIngress"), "no SSH and no ALB to the stable node");
        for (var e : Map.of(LogicalIds.DATABASE_SG, 3306, LogicalIds.CACHE_SG, 6379, LogicalIds.FILE_SYSTEM_SG, 2049).entrySet()) {
            List<Object> rules = list(props(t, e.getKey()).get("SecurityGroupIngress"));
            assertEquals(2, rules.size());
            for (Object r : rules) {
                Map<?, ?> rule = (Map<?, ?>) r;
                assertEquals(e.getValue(), rule.get("FromPort"));
                assertNull(rule.get("CidrIp"));
                Object source = ((List<?>) ((Map<?, ?>) rule.get("SourceSecurityGroupId")).get("Fn::GetAtt")).get(0);
                assertTrue(Set.of(LogicalIds.WEB_SG, LogicalIds.STABLE_SG).contains(source));
            }
        }
    }

    @Test
    void sshIsOpenOnlyToAdminNetworksWhenAsked() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        List<Object> stable = list(props(t, LogicalIds.STABLE_SG).get("SecurityGroupIngress"));
        assertTrue(stable.contains(Map.of("IpProtocol", "tcp", "FromPort", 22, "ToPort", 22, "CidrIp", "203.0.113.0/24",
                "Description", "SSH from admin networks")));
        assertTrue(stable.stream().anyMatch(r -> Integer.valueOf(80).equals(((Map<?, ?>) r).get("FromPort"))),
                "the stable node in the target group takes HTTP from the load balancer");
    }

    @Test
    void auroraHasAClusterAWriterAndReadersWithManagedPasswordAndPolicies() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, Object> cluster = resource(t, LogicalIds.DATABASE_CLUSTER);
        assertEquals("Snapshot", cluster.get("DeletionPolicy"));
        assertEquals("Snapshot", cluster.get("UpdateReplacePolicy"));
        Map<String, Object> p = map(cluster, "Properties");
        assertEquals(true, p.get("ManageMasterUserPassword"));
        assertFalse(p.containsKey("MasterUserPassword"));
        assertEquals(true, p.get("StorageEncrypted"));
        assertEquals(true, p.get("DeletionProtection"));
        assertEquals(35, p.get("BackupRetentionPeriod"), "continuous backup makes AWS Backup set the plan's retention");
        assertEquals(Set.of("DatabaseWriter", "DatabaseReader1", "DatabaseReader2"), ofType(t, "AWS::RDS::DBInstance"));
        Map<String, Object> params = map(props(t, LogicalIds.DATABASE_PARAMETER_GROUP), "Parameters");
        assertEquals("1073741824", params.get("max_allowed_packet"));
        assertEquals("aurora-mysql8.0", props(t, LogicalIds.DATABASE_PARAMETER_GROUP).get("Family"));
        assertEquals(Map.of("Fn::GetAtt", List.of("DatabaseCluster", "ReadEndpoint.Address")),
                map(t, "Outputs", "DatabaseReaderEndpoint").get("Value"));
    }

    @Test
    void rdsIsOneMultiAzInstance() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        assertEquals(Set.of("Database"), ofType(t, "AWS::RDS::DBInstance"));
        assertTrue(ofType(t, "AWS::RDS::DBCluster").isEmpty());
        Map<String, Object> p = props(t, LogicalIds.DATABASE);
        assertEquals(true, p.get("MultiAZ"));
        assertEquals("mysql", p.get("Engine"));
        assertEquals("8.4.9", p.get("EngineVersion"));
        assertEquals("mysql8.4", props(t, LogicalIds.DATABASE_PARAMETER_GROUP).get("Family"));
        assertEquals("{DBInstanceClassMemory*3/4}",
                map(props(t, LogicalIds.DATABASE_PARAMETER_GROUP), "Parameters").get("innodb_buffer_pool_size"));
        assertEquals("Snapshot", resource(t, LogicalIds.DATABASE).get("DeletionPolicy"));
        assertFalse(map(t, "Outputs").containsKey("DatabaseReaderEndpoint"));
    }

    @Test
    void theCacheUsesAGeneratedAuthTokenThroughADynamicReference() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, Object> c = props(t, LogicalIds.CACHE);
        assertEquals("valkey", c.get("Engine"));
        assertEquals(3, c.get("NumCacheClusters"));
        assertEquals(true, c.get("AutomaticFailoverEnabled"));
        assertEquals(true, c.get("MultiAZEnabled"));
        assertEquals(true, c.get("TransitEncryptionEnabled"));
        assertEquals(true, c.get("AtRestEncryptionEnabled"));
        assertEquals(Map.of("Fn::Join", List.of("", List.of("{{resolve:secretsmanager:", Map.of("Ref", "CacheAuthTokenSecret"), "}}"))),
                c.get("AuthToken"));
        assertEquals("Retain", resource(t, LogicalIds.CACHE_AUTH_SECRET).get("DeletionPolicy"));
        Map<String, Object> admin = map(props(t, LogicalIds.ADMIN_SECRET), "GenerateSecretString");
        assertEquals("{\"username\":\"admin\"}", admin.get("SecretStringTemplate"));
        assertEquals("password", admin.get("GenerateStringKey"));

        Map<String, Object> noAuth = parse(template(Deployments.existingVpc()));
        assertFalse(props(noAuth, LogicalIds.CACHE).containsKey("AuthToken"));
        assertNull(map(noAuth, "Resources").get(LogicalIds.CACHE_AUTH_SECRET));
    }

    @Test
    void theFileSystemIsEncryptedBackedUpRetainedAndRequiresTls() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        Map<String, Object> fs = resource(t, LogicalIds.FILE_SYSTEM);
        assertEquals("Retain", fs.get("DeletionPolicy"));
        assertEquals("Retain", fs.get("UpdateReplacePolicy"));
        Map<String, Object> p = map(fs, "Properties");
        assertEquals(true, p.get("Encrypted"));
        assertEquals(Map.of("Status", "DISABLED"), p.get("BackupPolicy"), "the stack's backup plan covers it");
        List<Object> statements = list(map(p, "FileSystemPolicy").get("Statement"));
        assertTrue(statements.stream().map(s -> (Map<?, ?>) s).anyMatch(s -> "Deny".equals(s.get("Effect"))
                && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(s.get("Condition"))));
    }

    /** Action to the resources it is allowed on, over every statement of a role's inline policies and extra policies. */
    static Map<String, List<Object>> grants(Map<String, Object> t, String role) {
        List<Object> statements = new ArrayList<>();
        for (Object policy : list(props(t, role).get("Policies"))) {
            statements.addAll(list(map(policy, "PolicyDocument").get("Statement")));
        }
        for (String id : ofType(t, "AWS::IAM::Policy")) {
            if (list(props(t, id).get("Roles")).contains(Map.of("Ref", role))) {
                statements.addAll(list(map(props(t, id), "PolicyDocument").get("Statement")));
            }
        }
        Map<String, List<Object>> out = new java.util.TreeMap<>();
        for (Object o : statements) {
            Map<?, ?> st = (Map<?, ?>) o;
            assertEquals("Allow", st.get("Effect"));
            Object resource = st.get("Resource");
            for (Object action : list(st.get("Action"))) {
                out.computeIfAbsent(action.toString(), a -> new ArrayList<>())
                        .addAll(resource instanceof List<?> l ? l : List.of(resource));
            }
        }
        return out;
    }

    @Test
    void webAndStableNodesHaveTheirOwnLeastPrivilegeRoles() {
        Map<String, Object> t = parse(template(Deployments.production()));
        assertEquals(Set.of(LogicalIds.WEB_ROLE, LogicalIds.STABLE_ROLE, LogicalIds.BACKUP_ROLE), ofType(t, "AWS::IAM::Role"));
        Object ssm = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                ":iam::aws:policy/AmazonSSMManagedInstanceCore")));
        Object fileSystem = Map.of("Fn::GetAtt", List.of("FileSystem", "Arn"));
        Object masterSecret = Map.of("Fn::GetAtt", List.of("DatabaseCluster", "MasterUserSecret.SecretArn"));
        Object dbSecret = Map.of("Ref", LogicalIds.DATABASE_USER_SECRET);
        Object redisSecret = Map.of("Ref", "CacheAuthTokenSecret");
        for (String role : List.of(LogicalIds.WEB_ROLE, LogicalIds.STABLE_ROLE)) {
            assertEquals(List.of(ssm), props(t, role).get("ManagedPolicyArns"), role);
        }
        Map<String, List<Object>> web = grants(t, LogicalIds.WEB_ROLE);
        assertEquals(Set.of("secretsmanager:GetSecretValue", "elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                "elasticfilesystem:ClientRootAccess", "autoscaling:DescribeAutoScalingInstances",
                "autoscaling:CompleteLifecycleAction", "cloudformation:SignalResource", "logs:CreateLogStream",
                "logs:PutLogEvents", "logs:DescribeLogStreams"), web.keySet());
        assertEquals(List.of("LogGroupBoot", "LogGroupWebAccess", "LogGroupWebError", "LogGroupPhpFpm"),
                web.get("logs:PutLogEvents").stream().map(g -> list(((Map<?, ?>) g).get("Fn::GetAtt")).get(0)).toList(),
                "web nodes write no cron log");
        assertEquals(List.of(dbSecret, redisSecret), web.get("secretsmanager:GetSecretValue"),
                "web nodes never read the admin secret nor the master secret");
        assertEquals(List.of(fileSystem), web.get("elasticfilesystem:ClientMount"));
        assertEquals(List.of(Map.of("Ref", "AWS::StackId")), web.get("cloudformation:SignalResource"));
        assertTrue(web.get("autoscaling:CompleteLifecycleAction").get(0).toString().contains("autoScalingGroupName/, {Ref=WebFleet}"),
                web.get("autoscaling:CompleteLifecycleAction").toString());
        assertEquals(List.of("*"), web.get("autoscaling:DescribeAutoScalingInstances"), "the action has no resource-level permissions");

        Map<String, List<Object>> stable = grants(t, LogicalIds.STABLE_ROLE);
        assertEquals(Set.of("secretsmanager:GetSecretValue", "elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                "elasticfilesystem:ClientRootAccess", "cloudformation:SignalResource", "logs:CreateLogStream",
                "logs:PutLogEvents", "logs:DescribeLogStreams", "cloudwatch:PutMetricData"), stable.keySet(),
                "the stable node completes no lifecycle hook, and signals its boot");
        assertEquals(List.of(Map.of("Ref", "AWS::StackId")), stable.get("cloudformation:SignalResource"));
        assertEquals(5, stable.get("logs:PutLogEvents").size());
        assertEquals(List.of(dbSecret, redisSecret, Map.of("Ref", "AdminPasswordSecret"), masterSecret), stable.get("secretsmanager:GetSecretValue"),
                "the stable node creates Moodle's database user as the master user");

        for (String group : List.of(LogicalIds.WEB_LAUNCH_TEMPLATE, LogicalIds.STABLE_LAUNCH_TEMPLATE)) {
            String profile = group.equals(LogicalIds.WEB_LAUNCH_TEMPLATE) ? LogicalIds.WEB_PROFILE : LogicalIds.STABLE_PROFILE;
            assertEquals(Map.of("Arn", Map.of("Fn::GetAtt", List.of(profile, "Arn"))),
                    map(props(t, group), "LaunchTemplateData").get("IamInstanceProfile"));
        }
        assertEquals(List.of(Map.of("Ref", LogicalIds.WEB_ROLE)), props(t, LogicalIds.WEB_PROFILE).get("Roles"));
        assertEquals(List.of(Map.of("Ref", LogicalIds.STABLE_ROLE)), props(t, LogicalIds.STABLE_PROFILE).get("Roles"));
    }

    @Test
    void theRolesGrantWhatTheBootScriptsCall() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        String web = userDataText(t, LogicalIds.WEB_LAUNCH_TEMPLATE);
        String stable = userDataText(t, LogicalIds.STABLE_LAUNCH_TEMPLATE);
        Map<String, String> calls = Map.of("aws secretsmanager get-secret-value", "secretsmanager:GetSecretValue",
                "aws autoscaling describe-auto-scaling-instances", "autoscaling:DescribeAutoScalingInstances",
                "aws autoscaling complete-lifecycle-action", "autoscaling:CompleteLifecycleAction",
                "aws cloudformation signal-resource", "cloudformation:SignalResource",
                "mount -t efs", "elasticfilesystem:ClientMount",
                "aws cloudwatch put-metric-data", "cloudwatch:PutMetricData");
        for (var role : Map.of(LogicalIds.WEB_ROLE, web, LogicalIds.STABLE_ROLE, stable).entrySet()) {
            Set<String> granted = grants(t, role.getKey()).keySet();
            calls.forEach((call, action) -> assertEquals(role.getValue().contains(call), granted.contains(action),
                    role.getKey() + ": " + call + " needs exactly " + action));
        }
        assertFalse(web.contains("MOODLE_AWS_ADMIN_SECRET_ARN\")"), "the web script never reads the admin secret");
        assertTrue(stable.contains("secret_to \"$MOODLE_AWS_ADMIN_SECRET_ARN\""));
    }

    /**
     * A launch template's user data with each reference written as {@code <Ref X>} or {@code <X.Attr>},
     * and the compressed boot script unpacked.
     */
    static String userDataText(Map<String, Object> t, String launchTemplate) {
        return BootPayload.unpack(carriedUserData(t, launchTemplate));
    }

    /** A launch template's user data as the template carries it, references written as in {@link #userDataText}. */
    static String carriedUserData(Map<String, Object> t, String launchTemplate) {
        List<Object> join = list(map(map(props(t, launchTemplate), "LaunchTemplateData"), "UserData", "Fn::Base64").get("Fn::Join"));
        StringBuilder out = new StringBuilder();
        for (Object part : list(join.get(1))) {
            if (part instanceof String text) {
                out.append(text);
            } else if (((Map<?, ?>) part).get("Ref") != null) {
                out.append("<Ref ").append(((Map<?, ?>) part).get("Ref")).append('>');
            } else {
                out.append('<').append(String.join(".", list(((Map<?, ?>) part).get("Fn::GetAtt")).stream().map(Object::toString).toList())).append('>');
            }
        }
        return out.toString();
    }

    @Test
    void theWebFleetIsMostlySpotDiversifiedAndDrainsBeforeTermination() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, Object> asg = props(t, LogicalIds.WEB_GROUP);
        Map<String, Object> dist = map(asg, "MixedInstancesPolicy", "InstancesDistribution");
        assertEquals(2, dist.get("OnDemandBaseCapacity"));
        assertEquals(10, dist.get("OnDemandPercentageAboveBaseCapacity"));
        assertEquals("price-capacity-optimized", dist.get("SpotAllocationStrategy"));
        List<Object> overrides = list(map(asg, "MixedInstancesPolicy", "LaunchTemplate").get("Overrides"));
        assertEquals(6, overrides.size());
        assertEquals(Map.of("InstanceType", "r6i.large"), overrides.get(5));
        assertEquals(true, asg.get("CapacityRebalance"));
        assertEquals("ELB", asg.get("HealthCheckType"));
        assertEquals(List.of(3, 6, 24), List.of(asg.get("MinSize"), asg.get("DesiredCapacity"), asg.get("MaxSize")));
        assertEquals(List.of(Map.of("Ref", LogicalIds.TARGET_GROUP)), asg.get("TargetGroupARNs"));
        Map<?, ?> hook = (Map<?, ?>) list(asg.get("LifecycleHookSpecificationList")).get(0);
        assertEquals(StackContract.DRAIN_LIFECYCLE_HOOK, hook.get("LifecycleHookName"));
        assertEquals("autoscaling:EC2_INSTANCE_TERMINATING", hook.get("LifecycleTransition"));
        assertEquals(160, hook.get("HeartbeatTimeout"));
        assertEquals("CONTINUE", hook.get("DefaultResult"));
        Map<String, Object> rolling = map(resource(t, LogicalIds.WEB_GROUP), "UpdatePolicy", "AutoScalingRollingUpdate");
        assertEquals(true, rolling.get("WaitOnResourceSignals"));
        assertEquals("PT3600S", rolling.get("PauseTime"));
        assertEquals(Map.of("Count", 6, "Timeout", "PT3600S"), map(resource(t, LogicalIds.WEB_GROUP), "CreationPolicy",
                "ResourceSignal"), "the stack is created once every web node serves");
        assertEquals(Map.of("Count", 1, "Timeout", "PT2700S"), map(resource(t, LogicalIds.STABLE_GROUP), "CreationPolicy",
                "ResourceSignal"), "and the stable node has installed the site");
        assertEquals(Map.of("MinInstancesInService", 0, "MaxBatchSize", 1, "PauseTime", "PT2700S", "WaitOnResourceSignals", true),
                map(resource(t, LogicalIds.STABLE_GROUP), "UpdatePolicy", "AutoScalingRollingUpdate"),
                "a replaced stable node is waited for too");
        assertEquals(6, rolling.get("MinInstancesInService"));
        assertEquals(3, rolling.get("MaxBatchSize"));
        assertEquals(List.of("HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification", "ScheduledActions"),
                rolling.get("SuspendProcesses"));
        Map<String, Object> scaling = props(t, LogicalIds.WEB_SCALING_POLICY);
        assertEquals("TargetTrackingScaling", scaling.get("PolicyType"));
        assertEquals("ASGAverageCPUUtilization", map(scaling, "TargetTrackingConfiguration",
                "PredefinedMetricSpecification").get("PredefinedMetricType"));

        Map<String, Object> data = map(props(t, LogicalIds.WEB_LAUNCH_TEMPLATE), "LaunchTemplateData");
        assertEquals("required", map(data, "MetadataOptions").get("HttpTokens"));
        assertEquals(1, map(data, "MetadataOptions").get("HttpPutResponseHopLimit"));
        Map<?, ?> ebs = (Map<?, ?>) ((Map<?, ?>) list(data.get("BlockDeviceMappings")).get(0)).get("Ebs");
        assertEquals(true, ebs.get("Encrypted"));
        assertEquals("gp3", ebs.get("VolumeType"));
    }

    @Test
    void theStableNodeIsAGroupOfExactlyOneOnDemandInstanceOutsideTheTargetGroup() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        Map<String, Object> asg = props(t, LogicalIds.STABLE_GROUP);
        assertEquals(List.of(1, 1, 1), List.of(asg.get("MinSize"), asg.get("DesiredCapacity"), asg.get("MaxSize")));
        assertFalse(asg.containsKey("MixedInstancesPolicy"));
        assertFalse(asg.containsKey("TargetGroupARNs"));
        // A new launch template version (new code ref, new user data) replaces the one node, never two at once.
        assertEquals(Map.of("MinInstancesInService", 0, "MaxBatchSize", 1, "PauseTime", "PT2700S", "WaitOnResourceSignals", true),
                map(resource(t, LogicalIds.STABLE_GROUP), "UpdatePolicy").get("AutoScalingRollingUpdate"));
        assertEquals(Map.of("Fn::GetAtt", List.of(LogicalIds.STABLE_LAUNCH_TEMPLATE, "LatestVersionNumber")),
                map(asg, "LaunchTemplate").get("Version"));
        Map<String, Object> data = map(props(t, LogicalIds.STABLE_LAUNCH_TEMPLATE), "LaunchTemplateData");
        assertEquals("t3.large", data.get("InstanceType"));
        assertFalse(data.containsKey("InstanceMarketOptions"));
        Map<String, Object> inGroup = parse(template(Deployments.existingVpc()));
        assertEquals(List.of(Map.of("Ref", LogicalIds.TARGET_GROUP)), props(inGroup, LogicalIds.STABLE_GROUP).get("TargetGroupARNs"));
    }

    @Test
    void theLoadBalancerRedirectsHttpAndDrainsWithinTheSpotNotice() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        List<Object> attributes = list(props(t, LogicalIds.LOAD_BALANCER).get("LoadBalancerAttributes"));
        assertTrue(attributes.contains(Map.of("Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true")));
        assertTrue(attributes.contains(Map.of("Key", "idle_timeout.timeout_seconds", "Value", "120")));
        Map<String, Object> https = props(t, LogicalIds.HTTPS_LISTENER);
        assertEquals("HTTPS", https.get("Protocol"));
        assertEquals("ELBSecurityPolicy-TLS13-1-2-2021-06", https.get("SslPolicy"));
        assertEquals(List.of(Map.of("CertificateArn", Deployments.CERTIFICATE)), https.get("Certificates"));
        Map<?, ?> redirect = (Map<?, ?>) list(props(t, LogicalIds.HTTP_LISTENER).get("DefaultActions")).get(0);
        assertEquals("redirect", redirect.get("Type"));
        assertEquals(Map.of("Protocol", "HTTPS", "Port", "443", "StatusCode", "HTTP_301"), redirect.get("RedirectConfig"));
        Map<String, Object> tg = props(t, LogicalIds.TARGET_GROUP);
        assertEquals(80, tg.get("Port"));
        assertEquals("/moodle-aws-health.php", tg.get("HealthCheckPath"));
        assertEquals(10, tg.get("HealthCheckTimeoutSeconds"));
        assertEquals(Map.of("HttpCode", "200"), tg.get("Matcher"));
        assertEquals(List.of(Map.of("Key", "deregistration_delay.timeout_seconds", "Value", "90")), tg.get("TargetGroupAttributes"));
    }

    @Test
    void userDataStartsWithTheShebangThenExportsEveryContractVariableFromTheStack() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(StackContract.REGION, "<Ref AWS::Region>");
        expected.put(StackContract.STACK, "<Ref AWS::StackName>");
        expected.put(StackContract.EFS_ID, "<Ref FileSystem>");
        expected.put(StackContract.DB_HOST, "<Database.Endpoint.Address>");
        expected.put(StackContract.DB_READER_HOST, "");
        expected.put(StackContract.DB_PORT, "<Database.Endpoint.Port>");
        expected.put(StackContract.DB_SECRET_ARN, "<Ref DatabaseUserSecret>");
        expected.put(StackContract.DB_MASTER_SECRET_ARN, "<Database.MasterUserSecret.SecretArn>");
        expected.put(StackContract.REDIS_HOST, "<Cache.PrimaryEndPoint.Address>");
        expected.put(StackContract.REDIS_PORT, "<Cache.PrimaryEndPoint.Port>");
        expected.put(StackContract.REDIS_SECRET_ARN, "");
        expected.put(StackContract.ADMIN_SECRET_ARN, "<Ref AdminPasswordSecret>");
        expected.put(StackContract.MAIL_SECRET_ARN, "");
        expected.put(StackContract.CODE_VERSION, "<Ref CodeVersion>");
        expected.put(StackContract.PLUGIN_VERSIONS, "");
        assertEquals(StackContract.VARIABLES, List.copyOf(expected.keySet()));
        for (String lt : List.of(LogicalIds.STABLE_LAUNCH_TEMPLATE, LogicalIds.WEB_LAUNCH_TEMPLATE)) {
            StringBuilder head = new StringBuilder("#!/bin/bash\n");
            expected.forEach((name, value) -> head.append("export ").append(name).append("='").append(value).append("'\n"));
            String text = userDataText(t, lt);
            assertTrue(text.startsWith(head + "set -euo pipefail"), text.substring(0, Math.min(900, text.length())));
            expected.put(StackContract.DB_MASTER_SECRET_ARN, "");
        }
        Map<String, Object> aurora = parse(template(Deployments.production()));
        assertTrue(userDataText(aurora, LogicalIds.WEB_LAUNCH_TEMPLATE).contains(
                "export " + StackContract.DB_READER_HOST + "='<DatabaseCluster.ReadEndpoint.Address>'\n"));
        assertTrue(userDataText(aurora, LogicalIds.WEB_LAUNCH_TEMPLATE).contains(
                "export " + StackContract.REDIS_SECRET_ARN + "='<Ref CacheAuthTokenSecret>'\n"));
    }

    @Test
    void theComposedUserDataIsShellcheckCleanAndEveryBootSignalsItsOwnGroupOnExit() throws Exception {
        Map<String, Object> t = parse(template(Deployments.production()));
        for (String[] node : List.of(new String[] {LogicalIds.WEB_LAUNCH_TEMPLATE, LogicalIds.WEB_GROUP},
                new String[] {LogicalIds.STABLE_LAUNCH_TEMPLATE, LogicalIds.STABLE_GROUP})) {
            String text = userDataText(t, node[0]);
            assertTrue(text.contains("\nSIGNALLED='" + node[1] + "'\ntrap boot_exit EXIT\n"), node[0]);
            assertEquals(1, text.split("signal-resource", -1).length - 1, "one signal command: " + node[0]);
        }
        dev.moodleaws.render.instance.Tools.assumeInstalled("shellcheck");
        for (String lt : List.of(LogicalIds.WEB_LAUNCH_TEMPLATE, LogicalIds.STABLE_LAUNCH_TEMPLATE)) {
            shellcheckClean(lt + " (unpacked)", userDataText(t, lt));
            shellcheckClean(lt + " (carried)", carriedUserData(t, lt));
        }
    }

    private static void shellcheckClean(String what, String userData) throws Exception {
        {
            String script = userData.replaceAll("<(Ref [A-Za-z0-9:]+|[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+)>", "value");
            Process p = new ProcessBuilder("shellcheck", "-s", "bash", "-").redirectErrorStream(true).start();
            p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), what + ":\n" + out);
        }
    }

    @Test
    void everyAlarmNotifiesTheTopicOfTheAlertAddressesAndFollowsThePrimaryThroughAFailover() {
        Deployment alerted = Deployments.production().toBuilder().alerts(dev.moodleaws.core.model.Alerts.builder()
                .emails(List.of("ops@example.org", "dba@example.org")).build()).build();
        Map<String, Object> aurora = parse(template(alerted));
        Map<String, Object> rds = parse(template(Deployments.existingVpc()));
        assertEquals(Set.of(LogicalIds.ALARM_TOPIC), ofType(aurora, "AWS::SNS::Topic"));
        assertEquals(List.of(Map.of("Protocol", "email", "Endpoint", "ops@example.org"),
                Map.of("Protocol", "email", "Endpoint", "dba@example.org")), props(aurora, LogicalIds.ALARM_TOPIC).get("Subscription"));
        assertNull(props(rds, LogicalIds.ALARM_TOPIC).get("Subscription"), "no addresses, no subscriptions");
        Map<String, String> metrics = new java.util.TreeMap<>();
        for (Map<String, Object> t : List.of(aurora, rds)) {
            for (String id : ofType(t, "AWS::CloudWatch::Alarm")) {
                Map<String, Object> p = props(t, id);
                assertEquals(List.of(Map.of("Ref", LogicalIds.ALARM_TOPIC)), p.get("AlarmActions"), id);
            }
        }
        for (String id : ofType(aurora, "AWS::CloudWatch::Alarm")) {
            Map<String, Object> p = props(aurora, id);
            Object metric = p.containsKey("Metrics")
                    ? map(map(list(p.get("Metrics")).get(0), "MetricStat"), "Metric").get("Namespace") + "/"
                        + map(map(list(p.get("Metrics")).get(0), "MetricStat"), "Metric").get("MetricName")
                    : p.get("Namespace") + "/" + p.get("MetricName");
            metrics.put(metric.toString(), id);
        }
        assertEquals(Set.of("AWS/ApplicationELB/HTTPCode_Target_5XX_Count", "AWS/ApplicationELB/UnHealthyHostCount",
                "AWS/RDS/CPUUtilization", "AWS/RDS/FreeableMemory", "AWS/ElastiCache/EngineCPUUtilization",
                "AWS/ElastiCache/DatabaseMemoryUsagePercentage", "MoodleAws/CronRunsCompleted",
                "MoodleAws/OldestAdhocTaskAgeSeconds"), metrics.keySet());
        assertEquals(List.of(Map.of("Name", "DBClusterIdentifier", "Value", Map.of("Ref", "DatabaseCluster")),
                Map.of("Name", "Role", "Value", "WRITER")), props(aurora, LogicalIds.ALARM_DATABASE_CPU).get("Dimensions"),
                "the writer role, whichever instance holds it");
        assertEquals(props(aurora, LogicalIds.ALARM_DATABASE_CPU).get("Dimensions"),
                props(aurora, LogicalIds.ALARM_DATABASE_MEMORY).get("Dimensions"));
        assertEquals(List.of(Map.of("Name", "DBInstanceIdentifier", "Value", Map.of("Ref", "Database"))),
                props(rds, LogicalIds.ALARM_DATABASE_CPU).get("Dimensions"), "a Multi-AZ instance keeps its identifier");
        int nodes = alerted.cache().replicas() + 1;
        List<Object> cacheCpu = list(props(aurora, LogicalIds.ALARM_CACHE_CPU).get("Metrics"));
        assertEquals(nodes + 1, cacheCpu.size(), "every node of the group, then their maximum");
        for (int i = 0; i < nodes; i++) {
            Map<String, Object> stat = map(cacheCpu.get(i), "MetricStat");
            assertEquals(List.of(Map.of("Name", "CacheClusterId", "Value", Map.of("Fn::Join", List.of("",
                    List.of(Map.of("Ref", "Cache"), String.format("-%03d", i + 1)))))), map(stat, "Metric").get("Dimensions"));
            assertEquals(false, map(cacheCpu.get(i)).get("ReturnData"));
        }
        assertEquals(Map.of("Id", "highest", "Expression", "MAX(METRICS())", "ReturnData", true),
                cacheCpu.get(nodes));
        assertNull(props(aurora, LogicalIds.ALARM_CACHE_CPU).get("Dimensions"));
        assertEquals(List.of(Map.of("Name", "TargetGroup", "Value", Map.of("Fn::GetAtt", List.of("WebTargetGroup", "TargetGroupFullName"))),
                Map.of("Name", "LoadBalancer", "Value", Map.of("Fn::GetAtt", List.of("LoadBalancer", "LoadBalancerFullName")))),
                props(aurora, LogicalIds.ALARM_UNHEALTHY_HOSTS).get("Dimensions"));
        Map<String, Object> storage = props(rds, LogicalIds.ALARM_DATABASE_STORAGE);
        assertEquals("FreeStorageSpace", storage.get("MetricName"));
        assertEquals(100L * (1 << 30) / 10, ((Number) storage.get("Threshold")).longValue());
        assertNull(map(rds, "Resources").get(LogicalIds.ALARM_DATABASE_MEMORY));
        assertNull(map(aurora, "Resources").get(LogicalIds.ALARM_FILE_SYSTEM_CREDITS), "credits only when bursting");
        Deployment bursting = Deployments.quickstart().toBuilder().fileStorage(dev.moodleaws.core.model.FileStorage.builder()
                .throughputMode(dev.moodleaws.core.model.ThroughputMode.BURSTING).build()).build();
        Map<String, Object> credits = props(parse(template(bursting)), LogicalIds.ALARM_FILE_SYSTEM_CREDITS);
        assertEquals(List.of("AWS/EFS", "BurstCreditBalance", List.of(Map.of("Name", "FileSystemId", "Value", Map.of("Ref", "FileSystem")))),
                List.of(credits.get("Namespace"), credits.get("MetricName"), credits.get("Dimensions")));
    }

    @Test
    void theLoadBalancerOnlyRedirectsHttpAndReachesOnlyTheNodesOnPort80() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        List<Object> egress = list(props(t, LogicalIds.LOAD_BALANCER_SG).get("SecurityGroupEgress"));
        assertEquals(List.of(Map.of("IpProtocol", "-1", "CidrIp", "127.0.0.1/32", "Description", "No outbound traffic")), egress);
        assertEquals(Set.of(LogicalIds.LOAD_BALANCER_TO_WEB, LogicalIds.LOAD_BALANCER_TO_STABLE), ofType(t, "AWS::EC2::SecurityGroupEgress"));
        Map<String, Object> toWeb = props(t, LogicalIds.LOAD_BALANCER_TO_WEB);
        assertEquals(List.of(80, 80, Map.of("Fn::GetAtt", List.of(LogicalIds.WEB_SG, "GroupId"))),
                List.of(toWeb.get("FromPort"), toWeb.get("ToPort"), toWeb.get("DestinationSecurityGroupId")));
        assertEquals(Set.of(LogicalIds.LOAD_BALANCER_TO_WEB), ofType(parse(template(Deployments.quickstart())), "AWS::EC2::SecurityGroupEgress"));

        Deployment plain = Deployments.quickstart().toBuilder().loadBalancer(Deployments.quickstart().loadBalancer().toBuilder()
                .httpToHttpsRedirect(false).build()).build();
        Map<String, Object> noRedirect = parse(template(plain));
        assertEquals(Set.of(LogicalIds.HTTPS_LISTENER), ofType(noRedirect, "AWS::ElasticLoadBalancingV2::Listener"));
        for (Object rule : list(props(noRedirect, LogicalIds.LOAD_BALANCER_SG).get("SecurityGroupIngress"))) {
            assertEquals(443, ((Map<?, ?>) rule).get("FromPort"));
        }
    }

    @Test
    void everyStatefulResourceStatesBothPoliciesAndAuroraMembersAreDeletedWithTheClusterKept() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, String> kept = Map.of("AWS::RDS::DBCluster", "Snapshot", "AWS::ElastiCache::ReplicationGroup", "Snapshot",
                "AWS::EFS::FileSystem", "Retain", "AWS::SecretsManager::Secret", "Retain", "AWS::RDS::DBInstance", "Delete");
        kept.forEach((type, policy) -> {
            for (String id : ofType(t, type)) {
                assertEquals(policy, resource(t, id).get("DeletionPolicy"), id);
                assertEquals(policy, resource(t, id).get("UpdateReplacePolicy"), id);
            }
        });
        assertEquals(Set.of("DatabaseWriter", "DatabaseReader1", "DatabaseReader2"), ofType(t, "AWS::RDS::DBInstance"));
        Map<String, Object> rds = parse(template(Deployments.existingVpc()));
        assertEquals("Snapshot", resource(rds, LogicalIds.DATABASE).get("DeletionPolicy"));
    }

    @Test
    void descriptorTagsAreStackTagsAndReachTheVolumesInstancesLaunch() {
        Map<String, Object> t = parse(template(Deployments.production()));
        for (var e : map(t, "Resources").entrySet()) {
            Map<?, ?> r = (Map<?, ?>) e.getValue();
            Map<?, ?> p = (Map<?, ?>) r.get("Properties");
            if (p == null) {
                continue;
            }
            assertFalse(p.containsKey("Tags") || p.containsKey("FileSystemTags"),
                    e.getKey() + " repeats the stack tags, which CloudFormation propagates itself");
            if ("AWS::EC2::LaunchTemplate".equals(r.get("Type"))) {
                Object specs = ((Map<?, ?>) p.get("LaunchTemplateData")).get("TagSpecifications");
                assertTrue(specs != null && specs.toString().contains("cost-centre") && specs.toString().contains("4711"),
                        e.getKey() + " tags the volumes it launches: " + specs);
            }
        }
    }

    @Test
    void theSameDeploymentRendersTheSameBytes() {
        for (Deployment d : List.of(Deployments.quickstart(), Deployments.production(), Deployments.existingVpc())) {
            Bundle a = RENDERER.render(d).bundle();
            Bundle b = RENDERER.render(d).bundle();
            assertEquals(a.files(), b.files());
        }
    }
}
