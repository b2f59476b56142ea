package dev.moodleaws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.deploy.AwsClients;
import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import dev.moodleaws.core.deploy.fake.RecordedRequest;
import dev.moodleaws.core.deploy.fake.RecordingListener;
import dev.moodleaws.core.resolve.FakeSourceLookup;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorProblem;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.report.JsonReport;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.render.RenderRefusedException;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.TemplateOverridesException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

class MoodleAwsTest {
    private static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666";

    private static final String TEMPLATE = """
            name: ${site}
            region: eu-west-1
            tags:
              tenant: ${site}
            moodle:
              wwwroot: https://${domain}
            loadBalancer:
              certificateArn: %s
            """.formatted(CERTIFICATE);

    private static final MoodleAws MOODLE_AWS = MoodleAws.builder()
            .properties(PropertySource.of(Map.of("site", "campus", "domain", "learn.example.org")))
            .build();

    @Test
    void readValidateRenderWriteRoundTrip(@TempDir Path dir) throws Exception {
        Deployment site = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE);
        Report report = MOODLE_AWS.validate(site);
        RenderResult rendered = MOODLE_AWS.render(site);
        Path out = dir.resolve("out");
        MOODLE_AWS.write(rendered.bundle(), out);

        assertEquals("campus", site.name());
        assertEquals("https://learn.example.org", site.moodle().wwwroot());
        assertFalse(report.hasErrors(), () -> MOODLE_AWS.textReport(report, "moodle-aws.yaml"));
        assertFalse(rendered.hasErrors(), () -> MOODLE_AWS.textReport(rendered.report(), "moodle-aws.yaml"));
        for (BundleFile f : rendered.bundle().files()) {
            assertEquals(f.content(), Files.readString(out.resolve(f.path()), StandardCharsets.UTF_8), f.path());
        }
        Map<?, ?> template = (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(out.resolve(Bundle.TEMPLATE), StandardCharsets.UTF_8));
        assertTrue(((Map<?, ?>) template.get("Resources")).containsKey("WebRole"));
        assertTrue(Files.readString(out.resolve("config.php")).contains("learn.example.org"));
    }

    @Test
    void renderingIsRepeatableAndAReadMayBringItsOwnValues() throws Exception {
        Deployment campus = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE);
        Deployment school = MOODLE_AWS.read("school.yaml", TEMPLATE,
                PropertySource.of(Map.of("site", "school", "domain", "school.example.com")));

        String first = MOODLE_AWS.render(campus).bundle().content(Bundle.TEMPLATE);
        String again = MoodleAws.builder().properties(PropertySource.none()).build().render(campus).bundle()
                .content(Bundle.TEMPLATE);
        String other = MOODLE_AWS.render(school).bundle().content(Bundle.TEMPLATE);

        assertEquals(first, again);
        assertEquals("https://school.example.com", school.moodle().wwwroot());
        assertEquals("school.yaml", school.sourceMap().locate("moodle.wwwroot").orElseThrow().file());
        assertNotEquals(first, other);
    }

    @Test
    void readsAFileWithTheBuildersProperties(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("moodle-aws.yaml");
        Files.writeString(file, TEMPLATE, StandardCharsets.UTF_8);

        Deployment site = MOODLE_AWS.read(file);

        assertEquals("campus", site.name());
        assertEquals(new Location("moodle-aws.yaml", 6, 12), site.sourceMap().locate("moodle.wwwroot").orElseThrow());
    }

    @Test
    void anUnreadableDescriptorGivesEveryProblemWithItsPlace() {
        String yaml = TEMPLATE.replace("region: eu-west-1", "regoin: eu-west-1") + "database:\n  readers: many\n";

        DescriptorException e = assertThrows(DescriptorException.class, () -> MOODLE_AWS.read("bad.yaml", yaml));

        List<DescriptorProblem> problems = e.problems();
        assertTrue(problems.stream().anyMatch(p -> p.location().line() == 2 && p.message().contains("region")),
                e::getMessage);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("database.readers") && p.location().line() == 10),
                e::getMessage);
        assertTrue(problems.stream().allMatch(p -> p.location().file().equals("bad.yaml")));
    }

    @Test
    void anUnresolvedPlaceholderIsAProblemWhenNoValuesAreGiven() {
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> MoodleAws.standard().read("moodle-aws.yaml", TEMPLATE));

        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("site")), e::getMessage);
    }

    @Test
    void anInvalidDeploymentGivesTypedFindingsAndIsNotRendered() throws Exception {
        Deployment site = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE,
                PropertySource.of(Map.of("site", "campus", "domain", "learn.example.org/")));

        Report report = MOODLE_AWS.validate(site);
        RenderRefusedException refused = assertThrows(RenderRefusedException.class, () -> MOODLE_AWS.render(site));

        Finding trailingSlash = report.active().stream().filter(f -> f.rule().id().equals("MOODLE-005"))
                .findFirst().orElseThrow(() -> new AssertionError(MOODLE_AWS.textReport(report, "moodle-aws.yaml")));
        assertEquals(Severity.ERROR, trailingSlash.severity());
        assertEquals("moodle.wwwroot", trailingSlash.subject());
        assertEquals(6, trailingSlash.location().line());
        assertTrue(refused.report().active().contains(trailingSlash));
        assertTrue(MOODLE_AWS.textReport(report, "moodle-aws.yaml").contains("moodle-aws.yaml:6:12: error MOODLE-005"));
    }

    @Test
    void reportsInEveryFormat() throws Exception {
        Deployment site = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE,
                PropertySource.of(Map.of("site", "campus", "domain", "learn.example.org/")));
        Report report = MOODLE_AWS.validate(site);

        JsonReport.Document json = JsonReport.parse(MOODLE_AWS.jsonReport(report, "sites/campus.yaml"));
        String sarif = MOODLE_AWS.sarifReport(report, "sites/campus.yaml");

        assertEquals(report.count(Severity.ERROR), json.summary().errors());
        assertTrue(json.findings().stream().anyMatch(f -> f.ruleId().equals("MOODLE-005")
                && "sites/campus.yaml".equals(f.file())));
        assertTrue(sarif.contains("\"version\" : \"2.1.0\""));
        assertTrue(sarif.contains("\"uri\" : \"sites/campus.yaml\""));
        assertTrue(MOODLE_AWS.rules().find("MOODLE-005").isPresent());
    }

    @Test
    void writesTheReportFiles(@TempDir Path dir) throws Exception {
        Report report = MOODLE_AWS.validate(MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE));

        MOODLE_AWS.writeReports(dir, report, "moodle-aws.yaml");

        assertEquals(0, JsonReport.parse(Files.readString(dir.resolve("validation.json"))).summary().errors());
        assertTrue(Files.isRegularFile(dir.resolve("validation.sarif")));
    }

    @Test
    void aTemplateOverrideReplacesTheBuiltInTemplateOfTheSameName(@TempDir Path dir) throws Exception {
        Path overrides = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(overrides.resolve("architecture.mmd.ftl"), "flowchart LR\n  site[our own diagram]\n");
        MoodleAws custom = MoodleAws.builder().templateOverrides(overrides)
                .properties(PropertySource.of(Map.of("site", "campus", "domain", "learn.example.org"))).build();
        Deployment site = custom.read("moodle-aws.yaml", TEMPLATE);

        Bundle overridden = custom.render(site).bundle();
        Bundle builtIn = MOODLE_AWS.render(site).bundle();

        assertEquals("flowchart LR\n  site[our own diagram]\n", overridden.content("architecture.mmd"));
        assertNotEquals(builtIn.content("architecture.mmd"), overridden.content("architecture.mmd"));
        assertEquals(builtIn.content(Bundle.TEMPLATE), overridden.content(Bundle.TEMPLATE));
    }

    @Test
    void aMissingOverrideFolderIsRefusedWhenBuilding(@TempDir Path dir) {
        MoodleAws.Builder builder = MoodleAws.builder().templateOverrides(dir.resolve("missing"));

        TemplateOverridesException e = assertThrows(TemplateOverridesException.class, builder::build);
        assertEquals(dir.resolve("missing"), e.folder());
    }

    @Test
    void planSendsTheRenderedTemplateUnderTheSiteNameAndExecutesNothing() throws Exception {
        Deployment site = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE);
        RenderResult rendered = MOODLE_AWS.render(site);
        FakeTime time = new FakeTime();
        RecordingListener listener = new RecordingListener();
        FakeSourceLookup lookup = new FakeSourceLookup();
        String commit = "c0ffee".repeat(6) + "c0ff";
        lookup.commits.put("https://github.com/moodle/moodle.git#MOODLE_405_STABLE", commit);
        lookup.parameters.put("/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
                "ami-0123456789abcdef0");
        try (FakeCloudFormation fake = FakeCloudFormation.start(time);
             // the fake's short attempt timeout is for its hang faults; this test scripts none, and a busy
             // machine can take longer than that to answer the template upload
             MoodleAws moodleAws = MoodleAws.builder().awsSettings(fake.clientSettings().attemptTimeout(java.time.Duration.ofSeconds(30)))
                     .clock(time).sleeper(time)
                     .sourceLookup(lookup).build()) {
            // With backups, shipped logs and the dashboard the template is over the 51,200 bytes
            // CloudFormation takes inline: it goes through the template bucket.
            Plan plan = moodleAws.plan(site, rendered, DeployRequest.builder().listener(listener)
                    .options(o -> o.templateBucket("templates", "")).build());

            RecordedRequest create = fake.requests("CreateChangeSet").get(0);
            assertEquals("campus", plan.stackName());
            assertEquals("campus", create.param("StackName"));
            String url = create.param("TemplateURL");
            String key = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(fake.s3Object("templates", key).contains(rendered.bundle().content(Bundle.TEMPLATE)), url);
            assertEquals(List.of("CAPABILITY_IAM"), create.list("Capabilities"));
            assertEquals("tenant", create.param("Tags.member.1.Key"));
            assertEquals("campus", create.param("Tags.member.1.Value"));
            assertEquals(0, fake.count("ExecuteChangeSet"));
            assertFalse(listener.lines.isEmpty());
            assertEquals(Map.of("CodeVersion", commit, "WebImageId", "ami-0123456789abcdef0",
                    "StableImageId", "ami-0123456789abcdef0"), Map.of(
                    create.param("Parameters.member.1.ParameterKey"), create.param("Parameters.member.1.ParameterValue"),
                    create.param("Parameters.member.2.ParameterKey"), create.param("Parameters.member.2.ParameterValue"),
                    create.param("Parameters.member.3.ParameterKey"), create.param("Parameters.member.3.ParameterValue")),
                    "the stack pins the commit of the ref and the images of now");
            assertTrue(listener.transcript().contains("parameter CodeVersion: " + commit + " (new)"), listener.transcript());
        }
    }

    @Test
    void renderedFilesWithErrorsAreNeitherPlannedNorDeployed() throws Exception {
        Deployment site = MOODLE_AWS.read("moodle-aws.yaml", TEMPLATE);
        RenderResult good = MOODLE_AWS.render(site);
        RuleInfo rule = new RuleInfo("TEST-001", Severity.ERROR, "a test rule", "none", RuleSource.MOODLE_AWS, "");
        Report broken = new Report(List.of(new Finding(rule, "broken", Bundle.TEMPLATE, null, null)));
        RenderResult bad = new RenderResult(good.bundle(), good.modelReport(), broken);
        try (AwsClients neverUsed = AwsClients.builder().credentials(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create("http://127.0.0.1:9")).build();
             MoodleAws moodleAws = MoodleAws.builder().awsClients(neverUsed).build()) {

            IllegalArgumentException planned = assertThrows(IllegalArgumentException.class,
                    () -> moodleAws.plan(site, bad, DeployRequest.defaults()));
            assertThrows(IllegalArgumentException.class, () -> moodleAws.deploy(site, bad, DeployRequest.defaults()));
            assertTrue(planned.getMessage().contains("1 error"), planned.getMessage());
            assertEquals(0, neverUsed.clientCount());
        }
    }

    @Test
    void anEmbedderAddsItsOwnRuleThroughTheEntryPoint() throws Exception {
        RuleInfo info = new RuleInfo("ACME-001", Severity.WARNING, "Sites of ACME are named acme-*",
                "Rename the site.", RuleSource.MOODLE_AWS, "");
        ModelRule acme = new ModelRule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(Deployment deployment, Findings out) {
                if (!deployment.name().startsWith("acme-")) {
                    out.at("name", "site " + deployment.name() + " is not named acme-*");
                }
            }
        };
        try (MoodleAws moodleAws = MoodleAws.builder().rule(acme)
                .properties(PropertySource.of(Map.of("site", "campus", "domain", "learn.example.org"))).build()) {
            Deployment site = moodleAws.read("moodle-aws.yaml", TEMPLATE);

            Report report = moodleAws.validate(site);

            assertTrue(moodleAws.rules().contains("ACME-001"));
            Finding finding = report.findings().stream().filter(f -> f.rule().id().equals("ACME-001")).findFirst()
                    .orElseThrow();
            assertEquals("site campus is not named acme-*", finding.message());
            assertEquals(1, finding.where().orElseThrow().line(), "located like any finding");
            assertEquals(report.findings().size(), moodleAws.render(site).modelReport().findings().size(),
                    "render applies the same rules");
        }
        assertThrows(IllegalArgumentException.class, () -> MoodleAws.builder().rule(new ModelRule() {
            @Override
            public RuleInfo info() {
                return MOODLE_AWS.rules().rules().get(0);
            }

            @Override
            public void check(Deployment deployment, Findings out) {
            }
        }).build(), "an ID the catalog has already is refused");
    }
}
