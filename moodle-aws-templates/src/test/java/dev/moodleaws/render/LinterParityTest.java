package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity with the public CloudFormation linter: whatever validates without errors renders a
 * template on which {@code cfn-lint} finds neither an error nor a warning, over a matrix of
 * descriptors that covers every option of the descriptor (engines, versions, operating systems, web
 * servers, zone counts and names, NAT modes, fixed and scaling fleets, existing VPCs, stores), plus
 * every example and the render tests' deployments. Descriptors the linter or CloudFormation would
 * refuse are refused by a rule, which the matrix names. The linter runs once over all templates,
 * each linted for its own region.
 */
class LinterParityTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Renderer RENDERER = new Renderer(TemplateEngine.builtIn());

    /** A descriptor of the matrix: its name, its YAML, and the rules that must refuse it (none: it must validate). */
    record Case(String name, String yaml, Set<String> refusedBy) {
    }

    static List<Case> matrix() {
        List<Case> cases = new ArrayList<>();
        cases.add(valid("defaults", site("eu-west-1")));
        cases.add(valid("aurora-valkey-nginx-al2023", site("us-east-1")
                .set("moodle", "version", "\"5.1\"").set("moodle", "os", "amazon-linux-2023").set("moodle", "webServer", "nginx")
                .set("network", "availabilityZoneCount", "3").set("database", "readers", "2")
                .set("database", "instanceClass", "db.r7g.xlarge").set("database", "readFromReplica", "true")
                .set("cache", "engine", "valkey").set("cache", "nodeType", "cache.r7g.large").set("cache", "replicas", "2")
                .set("web", "instanceTypes", "[m7i.xlarge, m6i.xlarge, m5.xlarge, c7i.xlarge, c6i.xlarge, r6i.large]")
                .set("web", "minSize", "3").set("web", "desiredCapacity", "6").set("web", "maxSize", "24")
                .set("web", "onDemandBaseCapacity", "2").set("web", "onDemandPercentageAboveBase", "10")));
        cases.add(valid("mysql-fixed-fleet-single-nat", site("eu-west-1")
                .set("moodle", "version", "\"5.0\"").set("database", "engine", "mysql")
                .set("database", "engineVersion", "\"8.4.9\"").set("database", "instanceClass", "db.m7g.large")
                .set("network", "natGateways", "single")
                .set("web", "minSize", "2").set("web", "desiredCapacity", "2").set("web", "maxSize", "2")));
        cases.add(valid("mariadb-named-zones-redis-7-1", site("eu-west-1")
                .set("moodle", "version", "\"5.2\"").set("database", "engine", "mariadb")
                .set("database", "instanceClass", "db.r6g.large").set("database", "multiAz", "true")
                .set("network", "availabilityZones", "[eu-west-1a, eu-west-1b, eu-west-1c]")
                .set("cache", "engineVersion", "\"7.1\"")));
        cases.add(valid("existing-vpc-mariadb-11-4", site("us-east-1")
                .set("moodle", "version", "\"5.3\"").set("database", "engine", "mariadb")
                .set("database", "engineVersion", "\"11.4.10\"").set("database", "instanceClass", "db.m7g.large")
                .set("network", "mode", "existing").set("network", "vpcId", "vpc-0a1b2c3d4e5f60000")
                .set("network", "publicSubnetIds", "[subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]")
                .set("network", "privateSubnetIds", "[subnet-0a1b2c3d4e5f60011, subnet-0a1b2c3d4e5f60012]")));
        cases.add(valid("six-zones-graviton-s3-code", site("us-east-1")
                .set("network", "availabilityZoneCount", "6")
                .set("moodle", "code", "{type: s3, repository: \"s3://example-moodle-code/moodle-4.5.7.tgz\"}")
                .set("stable", "instanceType", "m7g.large")
                .set("web", "instanceTypes", "[m7g.large, m6g.large, c7g.large, r7g.large]")));
        cases.add(valid("database-sessions-file-caches", site("eu-west-1")
                .set("moodle", "sessions", "database")
                .set("moodle", "caches", "{application: file, session: file, request: static}")
                .set("moodle", "lockFactory", "auto")));
        cases.add(valid("stable-in-target-group-ssh-efs", site("eu-west-1")
                .set("stable", "inTargetGroup", "true").set("stable", "cronKeepAliveSeconds", "180")
                .set("network", "ssh", "true").set("network", "adminCidrs", "[203.0.113.0/24]")
                .set("fileStorage", "throughputMode", "provisioned").set("fileStorage", "provisionedThroughputMibps", "128")
                .set("moodle", "healthCheckScript", "true")));
        cases.add(valid("plain-cache-http-open", site("eu-west-1")
                .set("cache", "transitEncryption", "false").set("cache", "authToken", "false")
                .set("loadBalancer", "httpToHttpsRedirect", "false").set("loadBalancer", "allowedCidrs", "[198.51.100.0/24]")));
        cases.add(valid("scaling-on-demand-mix", site("eu-west-1")
                .set("web", "minSize", "2").set("web", "desiredCapacity", "3").set("web", "maxSize", "40")
                .set("web", "onDemandBaseCapacity", "1").set("web", "onDemandPercentageAboveBase", "25")
                .set("web", "spotAllocationStrategy", "capacity-optimized").set("web", "targetCpuPercent", "45")
                .set("moodle", "php", "{version: \"8.3\", memoryLimit: 1G}")));
        cases.add(valid("aurora-restored", site("eu-west-1")
                .set("database", "restoreFromSnapshot", "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:campus-final")
                .set("fileStorage", "restoreFromRecoveryPoint",
                        "arn:aws:backup:eu-west-1:123456789012:recovery-point:0b1e2f3a-4c5d-6e7f-8091-a2b3c4d5e6f7")));
        cases.add(valid("mysql-restored", site("eu-west-1")
                .set("database", "engine", "mysql").set("database", "engineVersion", "\"8.4.9\"")
                .set("database", "restoreFromSnapshot", "arn:aws:rds:eu-west-1:123456789012:snapshot:rds:campus-2026-11-30-03-00")));
        cases.add(refused("restore-other-engine-and-region", site("eu-west-1")
                .set("database", "restoreFromSnapshot", "arn:aws:rds:eu-central-1:123456789012:snapshot:campus-final"),
                "BAK-006", "BAK-008"));
        cases.add(refused("no-nat-no-readers", site("eu-west-1")
                .set("network", "natGateways", "none").set("database", "readers", "0"), "NET-005", "DB-007"));
        cases.add(refused("four-zones-of-three", site("eu-west-1")
                .set("network", "availabilityZoneCount", "4"), "AWS-010"));
        cases.add(refused("a-zone-the-region-lacks", site("eu-west-1")
                .set("network", "availabilityZones", "[eu-west-1a, eu-west-1d]"), "AWS-009"));
        cases.add(refused("baked-across-architectures", site("eu-west-1")
                .set("images", "mode", "baked").set("stable", "instanceType", "m7g.large"), "IMG-002"));
        cases.add(refused("unknown-versions-and-types", site("eu-west-1")
                .set("database", "engine", "mysql").set("database", "engineVersion", "\"8.4.99\"")
                .set("database", "instanceClass", "db.r7g.huge").set("stable", "instanceType", "m7i.huge")
                .set("cache", "nodeType", "cache.r7g.huge").set("cache", "engineVersion", "\"7.9\"")
                .set("loadBalancer", "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2099-01"),
                "AWS-001", "AWS-002", "AWS-003", "AWS-005", "AWS-006", "AWS-007"));
        return cases;
    }

    @Test
    void whatValidatesLintsCleanAndWhatTheLinterRefusesIsRefusedByARule(@TempDir Path dir) throws Exception {
        Map<Path, String> rendered = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Case c : matrix()) {
            Deployment d = new DescriptorReader(PropertySource.none()).read(c.name() + ".yaml", c.yaml());
            Report report = Validator.standard().validate(d);
            Set<String> errors = report.findings().stream().filter(f -> f.rule().severity() == Severity.ERROR
                    && f.suppression() == null).map(f -> f.rule().id()).collect(Collectors.toCollection(TreeSet::new));
            if (!errors.equals(c.refusedBy())) {
                problems.add(c.name() + ": refused by " + errors + ", expected " + c.refusedBy() + ": " + messages(report));
            } else if (errors.isEmpty()) {
                render(d, c.name(), dir, rendered, problems);
                render(otherImageMode(d), c.name() + "-" + otherImageMode(d).images().mode().value(), dir, rendered, problems);
            }
        }
        for (Deployment d : examplesAndTestDeployments()) {
            render(d, "example-" + rendered.size() + "-" + d.name(), dir, rendered, problems);
            render(otherImageMode(d), "example-" + rendered.size() + "-" + d.name() + "-"
                    + otherImageMode(d).images().mode().value(), dir, rendered, problems);
        }
        assertEquals(List.of(), problems, "descriptors the validator judged wrongly or that rendered with errors");
        assertTrue(rendered.size() >= 16, "templates: " + rendered.values());

        Linter.requireInstalled();
        assertEquals(List.of(), Linter.findings(List.copyOf(rendered.keySet())),
                "cfn-lint errors and warnings on templates of descriptors that validate clean");
    }

    /**
     * The deployment with the other images.mode: every descriptor lints clean baked and installing at
     * boot (baked without its plugins, which a baked image does not carry yet: IMG-003).
     */
    private static Deployment otherImageMode(Deployment d) {
        var mode = d.images().baked() ? dev.moodleaws.core.model.ImageMode.INSTALL_AT_BOOT : dev.moodleaws.core.model.ImageMode.BAKED;
        Deployment other = d.toBuilder().images(d.images().toBuilder().mode(mode).build()).build();
        if (mode == dev.moodleaws.core.model.ImageMode.BAKED && !d.moodle().plugins().isEmpty()) {
            other = other.toBuilder().moodle(d.moodle().toBuilder().plugins(List.of()).build()).build();
        }
        return other;
    }

    private static void render(Deployment d, String name, Path dir, Map<Path, String> rendered, List<String> problems) {
        RenderResult result = RENDERER.render(d);
        if (result.hasErrors()) {
            problems.add(name + ": the render has errors: " + messages(result.report()));
            return;
        }
        Path file = dir.resolve(name + ".yaml");
        try {
            Files.writeString(file, lintedIn(d.region(), result.bundle().content(Bundle.TEMPLATE)), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        rendered.put(file, name);
    }

    /** The template with a cfn-lint configuration that lints it for the deployment's region only. */
    static String lintedIn(String region, String template) {
        String head = "AWSTemplateFormatVersion: \"2010-09-09\"\n";
        assertTrue(template.contains(head) && !template.contains("\nMetadata:"), "the template has no Metadata yet");
        return template.replace(head, head + "Metadata:\n  cfn-lint:\n    config:\n      regions: [" + region + "]\n");
    }

    private static String messages(Report report) {
        return report.findings().stream().filter(f -> f.rule().severity() == Severity.ERROR)
                .map(f -> f.rule().id() + " " + f.message()).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Every example whose descriptor validates (one fails on purpose), and the render tests' deployments. */
    private static List<Deployment> examplesAndTestDeployments() throws Exception {
        List<Deployment> out = new ArrayList<>(List.of(Deployments.quickstart(), Deployments.production(),
                Deployments.existingVpc()));
        List<Path> descriptors;
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            descriptors = dirs.map(d -> d.resolve("moodle-aws.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path descriptor : descriptors) {
            Deployment d = new DescriptorReader(PropertySource.none()).read(descriptor);
            if (!Validator.standard().validate(d).hasErrors()) {
                out.add(d);
            }
        }
        return out;
    }

    private static Case valid(String name, Site site) {
        return new Case(name, site.yaml(name), Set.of());
    }

    private static Case refused(String name, Site site, String... rules) {
        return new Case(name, site.yaml(name), new TreeSet<>(List.of(rules)));
    }

    private static Site site(String region) {
        return new Site(region);
    }

    /** A descriptor written section by section: the required values, then what a case sets. */
    static final class Site {
        private final String region;
        private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

        Site(String region) {
            this.region = region;
            set("moodle", "wwwroot", "https://learn.example.org");
            set("loadBalancer", "certificateArn", region.equals("us-east-1")
                    ? Deployments.CERTIFICATE_VIRGINIA : Deployments.CERTIFICATE);
        }

        Site set(String section, String key, String yamlValue) {
            sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, yamlValue);
            return this;
        }

        String yaml(String name) {
            StringBuilder out = new StringBuilder("name: ").append(name).append("\nregion: ").append(region).append('\n');
            sections.forEach((section, values) -> {
                out.append(section).append(":\n");
                values.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
            });
            return out.toString();
        }
    }
}
