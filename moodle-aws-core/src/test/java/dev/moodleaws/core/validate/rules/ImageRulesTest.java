package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.ImageMode;
import dev.moodleaws.core.model.Images;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ImageRulesTest {

    private static Deployment images(Deployment d, UnaryOperator<Images.Builder> change) {
        return d.toBuilder().images(change.apply(d.images().toBuilder()).build()).build();
    }

    @Test
    void img001InstallAtBootWithALargeSpotFleetWarns() {
        Deployment large = Infra.web(w -> w.minSize(2).desiredCapacity(4).maxSize(12).onDemandBaseCapacity(2)
                .onDemandPercentageAboveBase(10));
        assertFindsOne(new InstallAtBootLargeSpotFleet(), large, "images.mode", "9 Spot nodes");
    }

    @Test
    void img001BakedOrASmallFleetPasses() {
        Deployment large = Infra.web(w -> w.maxSize(12));
        assertPasses(new InstallAtBootLargeSpotFleet(), images(large, i -> i.mode(ImageMode.BAKED)));
        assertPasses(new InstallAtBootLargeSpotFleet(), Infra.valid());
        assertPasses(new InstallAtBootLargeSpotFleet(), Infra.web(w -> w.maxSize(12).onDemandPercentageAboveBase(100)));
    }

    @Test
    void img001CountsSpotNodesAboveTheOnDemandPart() {
        assertEquals(6, InstallAtBootLargeSpotFleet.spotNodes(Infra.valid().web()));
        assertEquals(19, InstallAtBootLargeSpotFleet.spotNodes(
                Infra.web(w -> w.maxSize(24).onDemandBaseCapacity(2).onDemandPercentageAboveBase(10)).web()));
    }

    @Test
    void img002BakedImageAcrossArchitecturesFails() {
        Deployment mixed = images(Infra.web(w -> w.instanceTypes(List.of("m7g.large", "c7g.large", "t4g.large"))),
                i -> i.mode(ImageMode.BAKED));
        assertFindsOne(new BakedImageOneArchitecture(), mixed, "web.instanceTypes[0]", "m7g.large");
        Deployment armBuilder = images(Infra.valid(), i -> i.mode(ImageMode.BAKED).buildInstanceType("c7g.large"));
        assertFindsOne(new BakedImageOneArchitecture(), armBuilder, "images.buildInstanceType", "c7g.large");
        Deployment typo = images(Infra.valid(), i -> i.mode(ImageMode.BAKED).buildInstanceType("large"));
        assertFindsOne(new BakedImageOneArchitecture(), typo, "images.buildInstanceType", "large");
    }

    @Test
    void img002OneArchitecturePasses() {
        assertPasses(new BakedImageOneArchitecture(), images(Infra.valid(), i -> i.mode(ImageMode.BAKED).buildInstanceType("c6i.large")));
        Deployment arm = Infra.valid().toBuilder()
                .stable(Infra.valid().stable().toBuilder().instanceType("m7g.large").build())
                .web(Infra.valid().web().toBuilder().instanceTypes(List.of("m7g.large", "c7g.large", "t4g.large")).build())
                .build();
        assertPasses(new BakedImageOneArchitecture(), images(arm, i -> i.mode(ImageMode.BAKED)));
        Deployment mixedInstallAtBoot = Infra.web(w -> w.instanceTypes(List.of("m7g.large", "c7g.large", "t4g.large")));
        assertPasses(new BakedImageOneArchitecture(), mixedInstallAtBoot);
    }

    private static Deployment withPlugin(Deployment d) {
        return d.toBuilder().moodle(d.moodle().toBuilder().plugins(List.of(dev.moodleaws.core.model.Plugin.builder()
                .component("local_campus").git("https://git.example.org/local_campus.git").ref("v1.0").build())).build()).build();
    }

    @Test
    void img003ABakedSiteWithPluginsFails() {
        assertFindsOne(new BakedImageWithoutPlugins(), images(withPlugin(Infra.valid()), i -> i.mode(ImageMode.BAKED)),
                "images.mode", "install them at boot");
    }

    @Test
    void img003PluginsInstalledAtBootOrABakedSiteWithoutPluginsPass() {
        assertPasses(new BakedImageWithoutPlugins(), withPlugin(Infra.valid()));
        assertPasses(new BakedImageWithoutPlugins(), images(Infra.valid(), i -> i.mode(ImageMode.BAKED)));
    }
}
