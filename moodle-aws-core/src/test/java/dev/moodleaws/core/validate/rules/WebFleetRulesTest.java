package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.SpotAllocationStrategy;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebFleetRulesTest {

    @Test
    void fleet001DisorderedSizesFail() {
        assertFindsOne(new FleetSizeOrderRule(), Infra.web(w -> w.minSize(2).desiredCapacity(1).maxSize(6)),
                "web.desiredCapacity", "1 is below web.minSize 2");
        assertFindsOne(new FleetSizeOrderRule(), Infra.web(w -> w.minSize(2).desiredCapacity(8).maxSize(6)),
                "web.desiredCapacity", "8 is above web.maxSize 6");
        assertFindsOne(new FleetSizeOrderRule(), Infra.web(w -> w.minSize(4).desiredCapacity(4).maxSize(3)),
                "web.maxSize", "3 is below web.minSize 4");
    }

    @Test
    void fleet001OrderedSizesPass() {
        assertPasses(new FleetSizeOrderRule(), Infra.web(w -> w.minSize(2).desiredCapacity(4).maxSize(8)));
        assertPasses(new FleetSizeOrderRule(), Infra.web(w -> w.minSize(3).desiredCapacity(3).maxSize(3)));
    }

    @Test
    void fleet002SingleInstanceFails() {
        assertFindsOne(new FleetMinimumSizeRule(), Infra.web(w -> w.minSize(1).desiredCapacity(1)), "web.minSize", "is 1");
    }

    @Test
    void fleet002TwoInstancesPass() {
        assertPasses(new FleetMinimumSizeRule(), Infra.web(w -> w.minSize(2)));
    }

    @Test
    void fleet003TooFewOrTooManyTypesWarn() {
        assertFindsOne(new InstanceTypeDiversityRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "c6i.large"))),
                "web.instanceTypes", "2 type(s)");
        assertFindsOne(new InstanceTypeDiversityRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "m5.large",
                "m7i.large", "c6i.large", "c5.large", "c7i.large", "t3.large"))), "web.instanceTypes", "7 types");
    }

    @Test
    void fleet003ThreeToSixTypesPass() {
        assertPasses(new InstanceTypeDiversityRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "t3.large", "c6i.large"))));
        assertPasses(new InstanceTypeDiversityRule(), Infra.web(w -> w.instanceTypes(List.of())));
    }

    @Test
    void fleet004OneFamilyWarns() {
        assertFindsOne(new InstanceFamilySpreadRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "m5.large", "m7i.large"))),
                "web.instanceTypes", "only m");
        assertFindsOne(new InstanceFamilySpreadRule(), Infra.web(w -> w.instanceTypes(List.of("r6i.large", "r5.large", "m7i.large"))),
                "web.instanceTypes", "r6i.large");
    }

    @Test
    void fleet004TwoFamiliesPass() {
        assertPasses(new InstanceFamilySpreadRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "m5.large", "c6i.large"))));
    }

    @Test
    void fleet005RepeatedTypeFails() {
        assertFindsOne(new DistinctInstanceTypesRule(),
                Infra.web(w -> w.instanceTypes(List.of("m6i.large", "t3.large", "c6i.large", "t3.large"))),
                "web.instanceTypes[3]", "t3.large");
    }

    @Test
    void fleet005DistinctTypesPass() {
        assertPasses(new DistinctInstanceTypesRule(), Infra.valid());
    }

    @Test
    void fleet006NoneOrMoreThanFortyTypesFail() {
        assertFindsOne(new InstanceTypeCountRule(), Infra.web(w -> w.instanceTypes(List.of())), "web.instanceTypes", "empty");
        List<String> many = IntStream.range(0, 41).mapToObj(i -> "m" + (i + 1) + ".large").toList();
        assertFindsOne(new InstanceTypeCountRule(), Infra.web(w -> w.instanceTypes(many)), "web.instanceTypes", "41 types");
    }

    @Test
    void fleet006FortyTypesPass() {
        List<String> forty = IntStream.range(0, 40).mapToObj(i -> "m" + (i + 1) + ".large").toList();
        assertPasses(new InstanceTypeCountRule(), Infra.web(w -> w.instanceTypes(forty)));
    }

    @Test
    void fleet007MalformedTypeFails() {
        assertFindsOne(new InstanceTypeFormatRule(), Infra.web(w -> w.instanceTypes(List.of("m6i.large", "m6i-large", "c6i.large"))),
                "web.instanceTypes[1]", "m6i-large");
        assertFindsOne(new InstanceTypeFormatRule(), Infra.web(w -> w.instanceTypes(List.of("db.r6g.large", "m6i.large", "c6i.large"))),
                "web.instanceTypes[0]", "db.r6g.large");
        assertFindsOne(new InstanceTypeFormatRule(), Infra.web(w -> w.instanceTypes(List.of("M6I.LARGE", "m6i.large", "c6i.large"))),
                "web.instanceTypes[0]", "M6I.LARGE");
    }

    @Test
    void fleet007RealTypesPass() {
        assertPasses(new InstanceTypeFormatRule(), Infra.web(w -> w.instanceTypes(List.of(
                "m7i-flex.2xlarge", "c7gn.16xlarge", "t3a.nano", "m5zn.metal", "r7iz.metal-16xl", "u-6tb1.56xlarge"))));
    }

    @Test
    void fleet008MostlyOnDemandWarns() {
        Finding f = assertFindsOne(new SpotMajorityRule(), Infra.web(w -> w.onDemandPercentageAboveBase(100)),
                "web.onDemandPercentageAboveBase", "is 100");
        assertTrue(f.message().contains("default"), f.message());
    }

    @Test
    void fleet008MostlySpotPasses() {
        assertPasses(new SpotMajorityRule(), Infra.web(w -> w.onDemandPercentageAboveBase(50)));
        assertPasses(new SpotMajorityRule(), Infra.web(w -> w.onDemandBaseCapacity(2).onDemandPercentageAboveBase(0)));
    }

    @Test
    void fleet009LowestPriceWarns() {
        assertFindsOne(new SpotAllocationStrategyRule(), Infra.web(w -> w.spotAllocationStrategy(SpotAllocationStrategy.LOWEST_PRICE)),
                "web.spotAllocationStrategy", "lowest-price");
    }

    @Test
    void fleet009CapacityAwareStrategiesPass() {
        assertPasses(new SpotAllocationStrategyRule(), Infra.web(w -> w.spotAllocationStrategy(SpotAllocationStrategy.CAPACITY_OPTIMIZED)));
        assertPasses(new SpotAllocationStrategyRule(), Infra.valid());
    }

    @Test
    void fleet010NoRebalancingWarns() {
        assertFindsOne(new CapacityRebalanceRule(), Infra.web(w -> w.capacityRebalance(false)), "web.capacityRebalance", "false");
    }

    @Test
    void fleet010RebalancingPasses() {
        assertPasses(new CapacityRebalanceRule(), Infra.web(w -> w.capacityRebalance(true)));
    }

    @Test
    void fleet011ImdsV1Fails() {
        assertFindsOne(new ImdsV2Rule(), Infra.web(w -> w.imdsV2Required(false)), "web.imdsV2Required", "IMDSv1");
    }

    @Test
    void fleet011ImdsV2Passes() {
        assertPasses(new ImdsV2Rule(), Infra.web(w -> w.imdsV2Required(true)));
    }

    @Test
    void fleet012UnencryptedVolumesWarn() {
        assertFindsOne(new EncryptedVolumesRule(), Infra.web(w -> w.encryptedVolumes(false)), "web.encryptedVolumes", "false");
    }

    @Test
    void fleet012EncryptedVolumesPass() {
        assertPasses(new EncryptedVolumesRule(), Infra.web(w -> w.encryptedVolumes(true)));
    }

    @Test
    void fleet013ExtremeCpuTargetWarns() {
        assertFindsOne(new TargetCpuRule(), Infra.web(w -> w.targetCpuPercent(15)), "web.targetCpuPercent", "is 15");
        assertFindsOne(new TargetCpuRule(), Infra.web(w -> w.targetCpuPercent(95)), "web.targetCpuPercent", "is 95");
    }

    @Test
    void fleet013ModerateCpuTargetPasses() {
        assertPasses(new TargetCpuRule(), Infra.web(w -> w.targetCpuPercent(20)));
        assertPasses(new TargetCpuRule(), Infra.web(w -> w.targetCpuPercent(90)));
    }

    @Test
    void fleet014ShortGracePeriodWarns() {
        assertFindsOne(new HealthCheckGracePeriodRule(), Infra.web(w -> w.healthCheckGracePeriodSeconds(120)),
                "web.healthCheckGracePeriodSeconds", "is 120");
    }

    @Test
    void fleet014LongGracePeriodPasses() {
        assertPasses(new HealthCheckGracePeriodRule(), Infra.web(w -> w.healthCheckGracePeriodSeconds(300)));
    }

    @Test
    void fleet015MixedArchitecturesFail() {
        Finding f = assertFindsOne(new SingleArchitectureRule(),
                Infra.web(w -> w.instanceTypes(List.of("m6i.large", "t3.large", "c7g.large"))), "web.instanceTypes[2]", "c7g.large");
        assertTrue(f.message().contains("arm64") && f.message().contains("x86_64"), f.message());
    }

    @Test
    void fleet015OneArchitecturePasses() {
        assertPasses(new SingleArchitectureRule(), Infra.web(w -> w.instanceTypes(List.of("m7g.large", "t4g.large", "c7gn.large", "m6gd.large"))));
        assertPasses(new SingleArchitectureRule(), Infra.web(w -> w.instanceTypes(List.of("m7i-flex.large", "t3a.large", "c6in.large", "g5.xlarge"))));
    }

    @Test
    void fleet016OutOfRangeNumbersFail() {
        assertFindsOne(new FleetLimitsRule(), Infra.web(w -> w.onDemandPercentageAboveBase(120)),
                "web.onDemandPercentageAboveBase", "is 120");
        assertFindsOne(new FleetLimitsRule(), Infra.web(w -> w.onDemandBaseCapacity(-1)), "web.onDemandBaseCapacity", "is -1");
        assertFindsOne(new FleetLimitsRule(), Infra.web(w -> w.rootVolumeGb(4)), "web.rootVolumeGb", "is 4");
        assertEquals(3, check(new FleetLimitsRule(),
                Infra.web(w -> w.onDemandPercentageAboveBase(-5).onDemandBaseCapacity(-1).rootVolumeGb(0))).size());
    }

    @Test
    void fleet016InRangeNumbersPass() {
        assertPasses(new FleetLimitsRule(), Infra.web(w -> w.onDemandPercentageAboveBase(100).onDemandBaseCapacity(2).rootVolumeGb(8)));
    }
}
