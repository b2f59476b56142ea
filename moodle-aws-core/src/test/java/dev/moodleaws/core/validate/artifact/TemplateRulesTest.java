package dev.moodleaws.core.validate.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.RuleSet;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {
    private static final Deployment DEPLOYMENT = Deployment.builder().name("campus").region("eu-west-1")
            .moodle(Moodle.builder().wwwroot("https://learn.example.org").build()).build();

    /** A small template every rule accepts. */
    private static final String VALID = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              ImageId:
                Type: String
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              WebSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  VpcId: {Ref: Vpc}
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 203.0.113.0/24}
              Files:
                Type: AWS::EFS::FileSystem
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  Encrypted: true
              Template:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    ImageId: {Ref: ImageId}
                    UserData:
                      Fn::Base64:
                        Fn::Join: ["", ["#!/bin/bash\\n", "export A='", {"Fn::GetAtt": [Files, Arn]}, "'\\n"]]
            Outputs:
              Where:
                Value: {"Fn::Sub": "${Vpc} in ${AWS::Region} ${!Literal}"}
            """;

    private static List<Finding> run(ArtifactRule rule, String template) {
        Findings out = new Findings(rule.info(), DEPLOYMENT.sourceMap());
        rule.check(DEPLOYMENT, new Bundle(List.of(new BundleFile(Bundle.TEMPLATE, template, false))), out);
        return out.list();
    }

    private static void assertPasses(ArtifactRule rule, String template) {
        List<Finding> found = run(rule, template);
        assertTrue(found.isEmpty(), () -> rule.info().id() + " should pass: " + found);
    }

    private static Finding assertFindsOne(ArtifactRule rule, String template, int line, String words) {
        List<Finding> found = run(rule, template);
        assertEquals(1, found.size(), () -> rule.info().id() + " should find one problem: " + found);
        Finding f = found.get(0);
        assertEquals(Bundle.TEMPLATE, f.subject());
        assertEquals(line, f.location().line(), () -> "line of " + f);
        assertTrue(f.message().contains(words), () -> f.message() + " should name " + words);
        return f;
    }

    @Test
    void theCatalogHoldsEveryTemplateRuleOnceWithDistinctIds() {
        Set<String> ids = TemplateRules.all().stream().map(r -> r.info().id()).collect(Collectors.toSet());
        assertEquals(TemplateRules.all().size(), ids.size());
        assertTrue(ids.containsAll(Set.of("TPL-001", "TPL-002", "TPL-003", "TPL-004", "TPL-005", "TPL-006", "TPL-007",
                "TPL-008", "TPL-009")));
        assertTrue(RuleSet.standard().artifactRules().stream().map(r -> r.info().id()).collect(Collectors.toSet()).containsAll(ids));
    }

    @Test
    void theValidTemplatePassesEveryRule() {
        for (ArtifactRule rule : TemplateRules.all()) {
            assertPasses(rule, VALID);
        }
    }

    @Test
    void tpl001FindsTextThatIsNotATemplate() {
        assertFindsOne(new TemplateParses(), "Resources: [unclosed", 0, "not a YAML mapping");
        assertFindsOne(new TemplateParses(), "Description: nothing\n", 1, "no resources");
        Findings out = new Findings(new TemplateParses().info(), DEPLOYMENT.sourceMap());
        new TemplateParses().check(DEPLOYMENT, new Bundle(List.of()), out);
        assertEquals(1, out.list().size());
    }

    @Test
    void tpl002FindsRefGetAttAndSubTargetsThatDoNotExist() {
        assertFindsOne(new ReferencesResolve(), VALID.replace("{Ref: Vpc}", "{Ref: Vcp}"), 14, "Vcp");
        assertFindsOne(new ReferencesResolve(), VALID.replace("[Files, Arn]", "[ImageId, Arn]"), 31, "ImageId");
        assertFindsOne(new ReferencesResolve(), VALID.replace("${Vpc}", "${Network.Id}"), 34, "Network.Id");
        assertFindsOne(new ReferencesResolve(), VALID.replace("${AWS::Region}", "${AWS::Regoin}"), 34, "AWS::Regoin");
    }

    @Test
    void tpl002AcceptsDottedGetAttAndSubVariableMaps() {
        assertPasses(new ReferencesResolve(), VALID.replace("{\"Fn::GetAtt\": [Files, Arn]}", "{\"Fn::GetAtt\": Files.Arn}")
                .replace("{\"Fn::Sub\": \"${Vpc} in ${AWS::Region} ${!Literal}\"}",
                        "{\"Fn::Sub\": [\"${Own} ${Files.Arn}\", {Own: x}]}"));
    }

    @Test
    void tpl003FindsUnknownTypesAndProperties() {
        assertFindsOne(new KnownResourceProperties(), VALID.replace("CidrBlock: 10", "CidrBlok: 10"), 9, "CidrBlok");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("AWS::EC2::VPC", "AWS::EC2::VPCX"), 7, "AWS::EC2::VPCX");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("    Type: AWS::EC2::VPC\n", ""), 7, "no Type");
        // A real property of another type: DBInstance spells it VPCSecurityGroups, DBCluster VpcSecurityGroupIds.
        assertFindsOne(new KnownResourceProperties(), VALID.replace("      Encrypted: true", "      VpcSecurityGroupIds: []"),
                23, "has no property VpcSecurityGroupIds");
    }

    @Test
    void tpl003FindsMissingRequiredProperties() {
        assertFindsOne(new KnownResourceProperties(), VALID.replace("      GroupDescription: web\n", ""), 11,
                "AWS::EC2::SecurityGroup requires GroupDescription");
        String noProperties = VALID.replace("""
                    Properties:
                      LaunchTemplateData:
                        ImageId: {Ref: ImageId}
                        UserData:
                          Fn::Base64:
                            Fn::Join: ["", ["#!/bin/bash\\n", "export A='", {"Fn::GetAtt": [Files, Arn]}, "'\\n"]]
                """, "");
        assertFindsOne(new KnownResourceProperties(), noProperties, 25, "requires LaunchTemplateData");
    }

    @Test
    void tpl003FindsValuesOfTheWrongShape() {
        assertFindsOne(new KnownResourceProperties(), VALID.replace("CidrBlock: 10.0.0.0/16", "CidrBlock: [10.0.0.0/16]"),
                9, "CidrBlock of AWS::EC2::VPC takes a single value, not a list");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("SecurityGroupIngress:\n",
                "SecurityGroupIngress: {IpProtocol: tcp}\n      Tags:\n"), 15, "takes a list, not a mapping");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("VpcId: {Ref: Vpc}", "VpcId: {\"Fn::GetAZs\": \"\"}"),
                14, "takes a single value, not the result of Fn::GetAZs");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("      Encrypted: true",
                "      Encrypted: true\n      BackupPolicy: [ENABLED]"), 24, "BackupPolicy of AWS::EFS::FileSystem takes a mapping, not a list");
        assertPasses(new KnownResourceProperties(), VALID.replace("      LaunchTemplateData:\n",
                "      VersionDescription: {Ref: ImageId}\n      LaunchTemplateData:\n"));
    }

    @Test
    void tpl003AcceptsFunctionsThatReturnTheRightShape() {
        String lists = VALID.replace("""
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 203.0.113.0/24}
                """, """
                      SecurityGroupIngress: {"Fn::If": [Always, [], []]}
                      Tags: {Ref: TagList}
                """).replace("    Type: String\n", "    Type: String\n  TagList:\n    Type: CommaDelimitedList\n");
        assertPasses(new KnownResourceProperties(), lists);
        assertFindsOne(new KnownResourceProperties(), lists.replace("Tags: {Ref: TagList}", "Tags: {Ref: ImageId}"), 18,
                "takes a list, not the result of Ref");
        assertPasses(new KnownResourceProperties(), VALID.replace("CidrBlock: 10.0.0.0/16",
                "CidrBlock: {\"Fn::Select\": [0, {\"Fn::Cidr\": [10.0.0.0/8, 2, 16]}]}"));
    }

    @Test
    void tpl003FindsGetAttAttributesTheTypeDoesNotReturn() {
        assertFindsOne(new KnownResourceProperties(), VALID.replace("[Files, Arn]", "[Files, Endpoint.Address]"), 31,
                "AWS::EFS::FileSystem returns no attribute Endpoint.Address");
        assertFindsOne(new KnownResourceProperties(), VALID.replace("{\"Fn::GetAtt\": [Files, Arn]}", "{\"Fn::GetAtt\": Vpc.Arn}"),
                31, "AWS::EC2::VPC returns no attribute Arn");
        assertPasses(new KnownResourceProperties(), VALID.replace("{\"Fn::GetAtt\": [Files, Arn]}", "{\"Fn::GetAtt\": Files.FileSystemId}"));
    }

    @Test
    void theCatalogKnowsTheAttributesTheStackReadsAndRejectsMalformedEntries() {
        var cluster = ResourceCatalog.type("AWS::RDS::DBCluster").orElseThrow();
        assertTrue(cluster.attributes().containsAll(Set.of("Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address",
                "MasterUserSecret.SecretArn")));
        assertEquals(ResourceCatalog.Shape.LIST, cluster.properties().get("VpcSecurityGroupIds"));
        assertTrue(ResourceCatalog.type("AWS::RDS::DBInstance").orElseThrow().attributes()
                .containsAll(Set.of("Endpoint.Address", "Endpoint.Port", "MasterUserSecret.SecretArn")));
        assertTrue(ResourceCatalog.type("AWS::ElastiCache::ReplicationGroup").orElseThrow().attributes()
                .containsAll(Set.of("PrimaryEndPoint.Address", "PrimaryEndPoint.Port")));
        assertTrue(ResourceCatalog.type("AWS::ElasticLoadBalancingV2::LoadBalancer").orElseThrow().attributes().contains("DNSName"));
        assertEquals(Set.of("MinSize", "MaxSize"), ResourceCatalog.type("AWS::AutoScaling::AutoScalingGroup").orElseThrow().required());
        assertEquals(ResourceCatalog.Shape.JSON, ResourceCatalog.type("AWS::EFS::FileSystem").orElseThrow().properties().get("FileSystemPolicy"));
        for (String name : ResourceCatalog.names()) {
            assertTrue(ResourceCatalog.type(name).orElseThrow().reference().endsWith(".html"), name);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResourceCatalog.parse("AWS::X::Y x.html\n  required A\n  scalar B\n"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResourceCatalog.parse("AWS::X::Y x.html\n  scalar B\n  list B\n"));
    }

    @Test
    void tpl004FindsStatefulResourcesWithoutBothPolicies() {
        assertFindsOne(new StatefulResourcesKept(), VALID.replace("    UpdateReplacePolicy: Retain\n", ""), 19,
                "UpdateReplacePolicy");
        assertEquals(2, run(new StatefulResourcesKept(), VALID.replace("    DeletionPolicy: Retain\n", "")
                .replace("    UpdateReplacePolicy: Retain\n", "")).size());
    }

    @Test
    void tpl005FindsSensitivePortsOpenToEveryone() {
        assertFindsOne(new NoOpenAdminPorts(), VALID.replace("CidrIp: 203.0.113.0/24", "CidrIp: 0.0.0.0/0"), 17, "SSH");
        assertFindsOne(new NoOpenAdminPorts(), VALID.replace("FromPort: 443, ToPort: 443", "FromPort: 2000, ToPort: 2100"),
                16, "NFS");
        String standalone = VALID.replace("Outputs:\n", """
                  Open:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties: {GroupId: {Ref: WebSg}, IpProtocol: tcp, FromPort: 6379, ToPort: 6379, CidrIpv6: "::/0"}
                Outputs:
                """);
        assertFindsOne(new NoOpenAdminPorts(), standalone, 34, "Redis");
    }

    @Test
    void tpl005FindsAllProtocolRulesAndPassesPortsFromGroups() {
        assertEquals(4, run(new NoOpenAdminPorts(), VALID.replace("IpProtocol: tcp, FromPort: 443, ToPort: 443",
                "IpProtocol: \"-1\"")).size());
        assertPasses(new NoOpenAdminPorts(), VALID.replace("CidrIp: 203.0.113.0/24", "SourceSecurityGroupId: sg-1"));
    }

    @Test
    void tpl006And007CompareTheTemplateSizeWithTheLimits() {
        String big = VALID + "# " + "x".repeat(TemplateSize.INLINE_LIMIT) + "\n";
        Finding f = assertFindsOne(TemplateSize.inline(), big, 0, "over 51200");
        assertEquals(Severity.INFO, f.severity(), "plan and deploy take it through S3: nothing to fix");
        assertPasses(TemplateSize.fromS3(), big);
        String huge = VALID + "# " + "x".repeat(TemplateSize.S3_LIMIT) + "\n";
        assertEquals(Severity.ERROR, assertFindsOne(TemplateSize.fromS3(), huge, 0, "over 1000000").severity());
    }

    @Test
    void tpl008CountsResources() {
        StringBuilder t = new StringBuilder("Resources:\n");
        for (int i = 0; i <= ResourceCount.LIMIT; i++) {
            t.append("  Gateway").append(i).append(":\n    Type: AWS::EC2::InternetGateway\n");
        }
        assertFindsOne(new ResourceCount(), t.toString(), 2, "501 resources");
        assertPasses(new ResourceCount(), t.substring(0, t.lastIndexOf("  Gateway")));
    }

    @Test
    void tpl009MeasuresTheLiteralPartsOfUserData() {
        String body = "x".repeat(UserDataSize.LIMIT - "#!/bin/bash\n".length() - "export A='".length() - "'\n".length());
        String atLimit = VALID.replace("\"'\\n\"]]", "\"'\\n\", \"" + body + "\"]]");
        assertPasses(new UserDataSize(), atLimit);
        assertFindsOne(new UserDataSize(), atLimit.replace(body, body + "y"), 30, "16385 bytes");
        assertFindsOne(new UserDataSize(), VALID.replace("Fn::Join: [\"\", [\"#!/bin/bash\\n\"",
                "Fn::Join: [\"" + "z".repeat(UserDataSize.LIMIT) + "\", [\"#!/bin/bash\\n\""), 30, "over");
    }
}
