package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(7, p.get("BackupRetentionPeriod"));
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
        assertEquals("8.4", p.get("EngineVersion"));
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
        assertEquals(Map.of("Status", "ENABLED"), p.get("BackupPolicy"));
        List<Object> statements = list(map(p, "FileSystemPolicy").get("Statement"));
        assertTrue(statements.stream().map(s -> (Map<?, ?>) s).anyMatch(s -> "Deny".equals(s.get("Effect"))
                && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(s.get("Condition"))));
    }

    @Test
    void theInstanceRoleReadsOnlyItsSecretsAndHasNoWildcardActions() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, Object> role = props(t, LogicalIds.INSTANCE_ROLE);
        assertEquals(2, list(role.get("ManagedPolicyArns")).size());
        assertTrue(role.get("ManagedPolicyArns").toString().contains("AmazonSSMManagedInstanceCore"));
        assertTrue(role.get("ManagedPolicyArns").toString().contains("CloudWatchAgentServerPolicy"));
        List<Object> statements = new ArrayList<>(list(map(list(role.get("Policies")).get(0), "PolicyDocument").get("Statement")));
        statements.addAll(list(map(props(t, LogicalIds.DRAIN_POLICY), "PolicyDocument").get("Statement")));
        List<String> actions = new ArrayList<>();
        for (Object s : statements) {
            actions.addAll(list(((Map<?, ?>) s).get("Action")).stream().map(Object::toString).toList());
        }
        assertFalse(actions.stream().anyMatch(a -> a.contains("*")), actions.toString());
        assertTrue(actions.containsAll(List.of("secretsmanager:GetSecretValue", "elasticfilesystem:ClientMount",
                "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess",
                "autoscaling:CompleteLifecycleAction", "autoscaling:DescribeAutoScalingInstances")));
        Map<?, ?> secrets = (Map<?, ?>) statements.get(0);
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of("DatabaseCluster", "MasterUserSecret.SecretArn")),
                Map.of("Ref", "AdminPasswordSecret"), Map.of("Ref", "CacheAuthTokenSecret")), secrets.get("Resource"));
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
        assertTrue(map(resource(t, LogicalIds.WEB_GROUP), "UpdatePolicy").containsKey("AutoScalingRollingUpdate"));
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
        assertEquals(Map.of("MinInstancesInService", 0, "MaxBatchSize", 1),
                map(resource(t, LogicalIds.STABLE_GROUP), "UpdatePolicy").get("AutoScalingRollingUpdate"));
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
        assertEquals("/login/index.php", tg.get("HealthCheckPath"));
        assertEquals(10, tg.get("HealthCheckTimeoutSeconds"));
        assertEquals(Map.of("HttpCode", "200"), tg.get("Matcher"));
        assertEquals(List.of(Map.of("Key", "deregistration_delay.timeout_seconds", "Value", "90")), tg.get("TargetGroupAttributes"));
    }

    @Test
    void userDataStartsWithTheShebangThenExportsEveryContractVariable() {
        Map<String, Object> t = parse(template(Deployments.existingVpc()));
        for (String lt : List.of(LogicalIds.WEB_LAUNCH_TEMPLATE, LogicalIds.STABLE_LAUNCH_TEMPLATE)) {
            Map<String, Object> userData = map(map(props(t, lt), "LaunchTemplateData"), "UserData", "Fn::Base64");
            List<Object> join = list(userData.get("Fn::Join"));
            assertEquals("", join.get(0));
            List<Object> parts = list(join.get(1));
            assertEquals("#!/bin/bash\n", parts.get(0));
            for (int i = 0; i < StackContract.VARIABLES.size(); i++) {
                assertEquals("export " + StackContract.VARIABLES.get(i) + "='", parts.get(1 + 3 * i));
                assertEquals("'\n", parts.get(3 + 3 * i));
            }
            assertEquals("", parts.get(1 + 3 * StackContract.VARIABLES.indexOf(StackContract.DB_READER_HOST) + 1), "no reader");
            assertEquals("", parts.get(1 + 3 * StackContract.VARIABLES.indexOf(StackContract.REDIS_SECRET_ARN) + 1), "no AUTH");
            assertEquals(Map.of("Ref", "FileSystem"), parts.get(1 + 3 * StackContract.VARIABLES.indexOf(StackContract.EFS_ID) + 1));
            assertEquals(2 + 3 * StackContract.VARIABLES.size(), parts.size());
            assertTrue(parts.get(parts.size() - 1).toString().startsWith("set -euo pipefail"));
        }
    }

    @Test
    void everyTaggableResourceCarriesTheDescriptorTags() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Set<String> untaggable = Set.of("AWS::EC2::VPCGatewayAttachment", "AWS::EC2::Route",
                "AWS::EC2::SubnetRouteTableAssociation", "AWS::EFS::MountTarget", "AWS::IAM::InstanceProfile",
                "AWS::IAM::Policy", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::ScalingPolicy",
                "AWS::ElasticLoadBalancingV2::Listener");
        for (var e : map(t, "Resources").entrySet()) {
            Map<?, ?> r = (Map<?, ?>) e.getValue();
            if (untaggable.contains(r.get("Type"))) {
                continue;
            }
            Map<?, ?> p = (Map<?, ?>) r.get("Properties");
            Object tags = p.containsKey("FileSystemTags") ? p.get("FileSystemTags") : p.get("Tags");
            assertTrue(tags != null && tags.toString().contains("cost-centre") && tags.toString().contains("4711"),
                    e.getKey() + " is tagged: " + tags);
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
