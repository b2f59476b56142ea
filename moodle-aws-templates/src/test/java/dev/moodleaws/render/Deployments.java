package dev.moodleaws.render;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.model.WebFleet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deployments the render tests share. */
final class Deployments {
    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666";

    static final String CERTIFICATE_FRANKFURT = "arn:aws:acm:eu-central-1:123456789012:certificate/1a2b3c4d-1111-2222-3333-444455556666";
    static final String CERTIFICATE_VIRGINIA = "arn:aws:acm:us-east-1:123456789012:certificate/5e6f7a8b-1111-2222-3333-444455556666";

    private Deployments() {
    }

    /** Every default, plus the two values a user must give. */
    static Deployment quickstart() {
        return Deployment.builder()
                .name("campus")
                .region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .loadBalancer(LoadBalancer.builder().certificateArn(CERTIFICATE).build())
                .build();
    }

    /** A large site: Aurora with two readers, 3 zones, 6 instance types, Valkey, Moodle 4.5. */
    static Deployment production() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("project", "lms");
        tags.put("cost-centre", "4711");
        return Deployment.builder()
                .name("university")
                .region("eu-central-1")
                .tags(tags)
                .moodle(Moodle.builder().version(MoodleVersion.V4_5).wwwroot("https://moodle.example.edu").build())
                .network(Network.builder().availabilityZoneCount(3).vpcCidr("10.20.0.0/16").build())
                .database(Database.builder().engine(DatabaseEngine.AURORA_MYSQL).instanceClass("db.r7g.xlarge")
                        .readers(2).readFromReplica(true).maxAllowedPacket("1G").innodbBufferPoolSize("12G").build())
                .cache(Cache.builder().engine(CacheEngine.VALKEY).nodeType("cache.r7g.large").replicas(2).build())
                .stable(StableNode.builder().instanceType("m7i.xlarge").build())
                .web(WebFleet.builder()
                        .instanceTypes(List.of("m7i.xlarge", "m6i.xlarge", "m5.xlarge", "c7i.xlarge", "c6i.xlarge", "r6i.large"))
                        .minSize(3).desiredCapacity(6).maxSize(24).onDemandBaseCapacity(2).onDemandPercentageAboveBase(10)
                        .build())
                .loadBalancer(LoadBalancer.builder().certificateArn(CERTIFICATE_FRANKFURT).deregistrationDelaySeconds(100).build())
                .build();
    }

    /** RDS MySQL Multi-AZ in an existing VPC, SSH from one admin network, stable node behind the ALB. */
    static Deployment existingVpc() {
        return Deployment.builder()
                .name("school")
                .region("us-east-1")
                .moodle(Moodle.builder().version(MoodleVersion.V5_1).wwwroot("https://school.example.com").build())
                .network(Network.builder().mode(NetworkMode.EXISTING).vpcId("vpc-0abc1234")
                        .publicSubnetIds(List.of("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"))
                        .privateSubnetIds(List.of("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"))
                        .natGateways(NatGateways.NONE).ssh(true).adminCidrs(List.of("203.0.113.0/24")).build())
                .database(Database.builder().engine(DatabaseEngine.MYSQL).instanceClass("db.m7g.large").build())
                .cache(Cache.builder().authToken(false).build())
                .stable(StableNode.builder().inTargetGroup(true).build())
                .loadBalancer(LoadBalancer.builder().certificateArn(CERTIFICATE_VIRGINIA).build())
                .build();
    }
}
