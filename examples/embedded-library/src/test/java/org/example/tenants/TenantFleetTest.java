package org.example.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.MoodleAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class TenantFleetTest {
    private static final Path OUT = Path.of("target", "tenants");
    private static final Tenant BROKEN = new Tenant("tenant-broken", "broken.example.org/", Tenant.Size.SMALL);

    private static List<TenantResult> results;

    @BeforeAll
    static void renderTheFleet() throws IOException {
        deleteRecursively(OUT);
        List<Tenant> tenants = new ArrayList<>(TenantFleet.sampleTenants(100));
        tenants.add(50, BROKEN);
        try (MoodleAws moodleAws = MoodleAws.standard()) {
            results = new TenantFleet(moodleAws).render(tenants, OUT);
        }
        results.stream().filter(r -> !r.rendered()).forEach(r ->
                System.out.println(r.tenant().name() + ": not rendered, " + r.errorIds() + "\n" + r.report()));
    }

    @Test
    void aHundredTenantsAreRenderedEachIntoItsOwnFolder() throws IOException {
        List<TenantResult> rendered = rendered();

        assertEquals(100, rendered.size());
        for (TenantResult r : rendered) {
            assertEquals(OUT.resolve(r.tenant().name()), r.folder());
            assertTrue(Files.isRegularFile(r.folder().resolve("cloudformation.yaml")), r.tenant().name());
            assertTrue(Files.readString(r.folder().resolve("config.php")).contains(r.wwwroot()), r.tenant().name());
            assertTrue(r.errorIds().isEmpty(), r.report());
            assertFalse(r.report().contains(" error "), r.report());
        }
    }

    @Test
    void stackNamesAndSiteAddressesAreDistinct() {
        Set<String> stacks = rendered().stream().map(TenantResult::stackName).collect(Collectors.toSet());
        Set<String> wwwroots = rendered().stream().map(TenantResult::wwwroot).collect(Collectors.toSet());

        assertEquals(100, stacks.size());
        assertEquals(100, wwwroots.size());
        assertTrue(stacks.contains("tenant-042"));
        assertTrue(wwwroots.contains("https://learn.school-042.example.org"));
    }

    @Test
    void eachTenantGetsTheFleetOfItsSize() throws IOException {
        for (TenantResult r : rendered()) {
            Map<?, ?> group = webFleet(r.folder().resolve("cloudformation.yaml"));
            assertEquals(r.tenant().properties().get("webMax"), String.valueOf(group.get("MaxSize")), r.tenant().name());
        }
    }

    @Test
    void aBrokenTenantIsReportedByNameAndRuleWithoutStoppingTheOthers() {
        TenantResult broken = results.stream().filter(r -> r.tenant().equals(BROKEN)).findFirst().orElseThrow();

        assertFalse(broken.rendered());
        assertEquals(List.of("MOODLE-005"), broken.errorIds());
        assertTrue(broken.report().contains("tenant-template.yaml:7:12: error MOODLE-005"), broken.report());
        assertFalse(Files.exists(OUT.resolve(BROKEN.name())));
        assertEquals(101, results.size());
        assertEquals("tenant-051", results.get(51).tenant().name());
        assertTrue(results.get(51).rendered());
    }

    private static List<TenantResult> rendered() {
        return results.stream().filter(TenantResult::rendered).toList();
    }

    /** The properties of the web fleet's Auto Scaling group, read with a YAML parser. */
    private static Map<?, ?> webFleet(Path template) throws IOException {
        Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(template));
        Map<?, ?> fleet = (Map<?, ?>) ((Map<?, ?>) root.get("Resources")).get("WebFleet");
        assertEquals("AWS::AutoScaling::AutoScalingGroup", fleet.get("Type"), template.toString());
        return (Map<?, ?>) fleet.get("Properties");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void renderingNeedsNoAwsSdkOnTheClassPath() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("software.amazon.awssdk.services.cloudformation.CloudFormationClient"),
                "only plan and deploy need the AWS SDK; this program renders without it");
    }
}
