package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.NatGateways;
import dev.moodleaws.core.model.NetworkMode;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {
    private static final String VPC = "vpc-0123456789abcdef0";
    private static final String PUB_A = "subnet-0aaaaaaaaaaaaaaa1";
    private static final String PUB_B = "subnet-0aaaaaaaaaaaaaaa2";
    private static final String PRIV_A = "subnet-0bbbbbbbbbbbbbbb1";
    private static final String PRIV_B = "subnet-0bbbbbbbbbbbbbbb2";

    private static Network.Builder existing(Network.Builder n) {
        return n.mode(NetworkMode.EXISTING).vpcId(VPC).publicSubnetIds(List.of(PUB_A, PUB_B))
                .privateSubnetIds(List.of(PRIV_A, PRIV_B));
    }

    @Test
    void net001OneZoneFails() {
        assertFindsOne(new AvailabilityZoneCountRule(), Infra.network(n -> n.availabilityZoneCount(1)),
                "network.availabilityZoneCount", "1 availability zone");
        assertFindsOne(new AvailabilityZoneCountRule(), Infra.network(n -> n.availabilityZones(List.of("eu-west-1a"))),
                "network.availabilityZones", "1 availability zone");
        assertFindsOne(new AvailabilityZoneCountRule(),
                Infra.network(n -> existing(n).publicSubnetIds(List.of(PUB_A)).privateSubnetIds(List.of(PRIV_A))),
                "network.privateSubnetIds", "1 availability zone");
    }

    @Test
    void net001TwoZonesPass() {
        assertPasses(new AvailabilityZoneCountRule(), Infra.valid());
        assertPasses(new AvailabilityZoneCountRule(), Infra.network(n -> n.availabilityZoneCount(3)));
        assertPasses(new AvailabilityZoneCountRule(), Infra.network(NetworkRulesTest::existing));
        // Missing subnets are NET-003's to report.
        assertPasses(new AvailabilityZoneCountRule(), Infra.network(n -> existing(n).privateSubnetIds(List.of())));
    }

    @Test
    void net002ExistingWithoutVpcIdFails() {
        assertFindsOne(new ExistingVpcIdRule(), Infra.network(n -> existing(n).vpcId(null)), "network.vpcId", "missing");
    }

    @Test
    void net002ExistingWithVpcIdOrNewVpcPasses() {
        assertPasses(new ExistingVpcIdRule(), Infra.network(NetworkRulesTest::existing));
        assertPasses(new ExistingVpcIdRule(), Infra.valid());
    }

    @Test
    void net003ExistingWithoutSubnetsFails() {
        assertFindsOne(new ExistingSubnetsRule(), Infra.network(n -> existing(n).publicSubnetIds(List.of())),
                "network.publicSubnetIds", "publicSubnetIds is empty");
        assertFindsOne(new ExistingSubnetsRule(), Infra.network(n -> existing(n).privateSubnetIds(List.of())),
                "network.privateSubnetIds", "privateSubnetIds is empty");
        assertEquals(2, check(new ExistingSubnetsRule(),
                Infra.network(n -> existing(n).publicSubnetIds(List.of()).privateSubnetIds(List.of()))).size());
    }

    @Test
    void net003ExistingWithSubnetsPasses() {
        assertPasses(new ExistingSubnetsRule(), Infra.network(NetworkRulesTest::existing));
        assertPasses(new ExistingSubnetsRule(), Infra.valid());
    }

    @Test
    void net004UnequalSubnetCountsFail() {
        assertFindsOne(new SubnetPairsRule(), Infra.network(n -> existing(n).publicSubnetIds(List.of(PUB_A))),
                "network.publicSubnetIds", "lists 1 subnet(s) but network.privateSubnetIds lists 2");
    }

    @Test
    void net004EqualSubnetCountsPass() {
        assertPasses(new SubnetPairsRule(), Infra.network(NetworkRulesTest::existing));
    }

    @Test
    void net005NoNatFails() {
        assertFindsOne(new NatGatewaysPresentRule(), Infra.network(n -> n.natGateways(NatGateways.NONE)),
                "network.natGateways", "none");
    }

    @Test
    void net005NatOrExistingVpcPasses() {
        assertPasses(new NatGatewaysPresentRule(), Infra.valid());
        assertPasses(new NatGatewaysPresentRule(), Infra.network(n -> n.natGateways(NatGateways.SINGLE)));
        assertPasses(new NatGatewaysPresentRule(), Infra.network(n -> existing(n).natGateways(NatGateways.NONE)));
    }

    @Test
    void net006SingleNatWarns() {
        assertFindsOne(new NatGatewayPerZoneRule(), Infra.network(n -> n.natGateways(NatGateways.SINGLE)),
                "network.natGateways", "single");
    }

    @Test
    void net006NatPerZonePasses() {
        assertPasses(new NatGatewayPerZoneRule(), Infra.network(n -> n.natGateways(NatGateways.PER_AZ)));
    }

    @Test
    void net007BadVpcCidrFails() {
        assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("10.0.0/16")), "network.vpcCidr", "10.0.0/16");
        assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("10.0.0.0/26")), "network.vpcCidr", "/26");
        assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("10.0.0.0/8")), "network.vpcCidr", "/8");
        assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("10.0.300.0/16")), "network.vpcCidr", "10.0.300.0/16");
        Finding f = assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("10.1.2.0/16")),
                "network.vpcCidr", "10.1.2.0/16");
        assertTrue(f.message().contains("10.1.0.0/16"), f.message());
        assertFindsOne(new VpcCidrRule(), Infra.network(n -> n.vpcCidr(null)), "network.vpcCidr", "null");
    }

    @Test
    void net007GoodVpcCidrPasses() {
        assertPasses(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("172.16.0.0/20")));
        assertPasses(new VpcCidrRule(), Infra.network(n -> n.vpcCidr("192.168.10.0/24")));
        assertPasses(new VpcCidrRule(), Infra.network(n -> existing(n).vpcCidr(null)));
    }

    @Test
    void net008ForeignOrRepeatedZoneFails() {
        assertFindsOne(new AvailabilityZoneNamesRule(),
                Infra.network(n -> n.availabilityZones(List.of("eu-west-1a", "us-east-1b"))),
                "network.availabilityZones[1]", "us-east-1b");
        assertFindsOne(new AvailabilityZoneNamesRule(),
                Infra.network(n -> n.availabilityZones(List.of("eu-west-1a", "eu-west-1a"))),
                "network.availabilityZones[1]", "listed twice");
        assertFindsOne(new AvailabilityZoneNamesRule(),
                Infra.network(n -> n.availabilityZones(List.of("eu-west-1", "eu-west-1b"))),
                "network.availabilityZones[0]", "'eu-west-1'");
    }

    @Test
    void net008ZonesOfTheRegionPass() {
        assertPasses(new AvailabilityZoneNamesRule(),
                Infra.network(n -> n.availabilityZones(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"))));
    }

    @Test
    void net009MalformedIdsFail() {
        assertFindsOne(new ResourceIdFormatRule(), Infra.network(n -> existing(n).vpcId("vpc-XYZ")),
                "network.vpcId", "vpc-XYZ");
        assertFindsOne(new ResourceIdFormatRule(),
                Infra.network(n -> existing(n).privateSubnetIds(List.of(PRIV_A, "sn-12345678"))),
                "network.privateSubnetIds[1]", "sn-12345678");
    }

    @Test
    void net009WellFormedIdsPass() {
        assertPasses(new ResourceIdFormatRule(), Infra.network(NetworkRulesTest::existing));
        assertPasses(new ResourceIdFormatRule(),
                Infra.network(n -> existing(n).vpcId("vpc-1a2b3c4d").publicSubnetIds(List.of("subnet-1a2b3c4d", PUB_B))));
    }

    @Test
    void net010RepeatedSubnetFails() {
        assertFindsOne(new DistinctSubnetsRule(), Infra.network(n -> existing(n).privateSubnetIds(List.of(PRIV_A, PUB_A))),
                "network.privateSubnetIds[1]", PUB_A);
        assertFindsOne(new DistinctSubnetsRule(), Infra.network(n -> existing(n).publicSubnetIds(List.of(PUB_A, PUB_A))),
                "network.publicSubnetIds[1]", PUB_A);
    }

    @Test
    void net010DistinctSubnetsPass() {
        Deployment d = Infra.network(NetworkRulesTest::existing);
        assertPasses(new DistinctSubnetsRule(), d);
    }
}
