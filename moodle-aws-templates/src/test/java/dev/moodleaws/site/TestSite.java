package dev.moodleaws.site;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.render.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One site of the site test: a descriptor rendered through the library into its own folder, with
 * the user data of each group as the stack delivers it to an instance (the template's parts joined,
 * every reference replaced by the value the test's stand-ins answer to), and {@code site.env}, what
 * the harness needs to know. The bash harness in {@code src/test/site} does the rest.
 */
final class TestSite {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Pattern EXPORT_TAIL = Pattern.compile("export (\\w+)='$");

    private final String name;
    private final Path dir;

    private TestSite(String name, Path dir) {
        this.name = name;
        this.dir = dir;
    }

    static Path archives() {
        String env = System.getenv("MOODLE_ARCHIVES");
        if (env != null) {
            return Path.of(env);
        }
        // ../shared/moodle beside the repository; a worktree may sit a level deeper
        for (Path p = MODULE.getParent().getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/moodle"))) {
                return p.resolve("shared/moodle");
            }
        }
        return MODULE.getParent().getParent().resolve("shared/moodle").normalize();
    }

    static Path root() {
        return MODULE.resolve("target/site");
    }

    /** The values the stack would export to the boot scripts, for the test's services. */
    static Map<String, String> stackValues(Deployment d, String release) {
        Map<String, String> v = new LinkedHashMap<>();
        String secret = "arn:aws:secretsmanager:" + d.region() + ":123456789012:secret:" + d.name();
        v.put("MOODLE_AWS_REGION", d.region());
        v.put("MOODLE_AWS_STACK", d.name());
        v.put("MOODLE_AWS_EFS_ID", "fs-0a1b2c3d4e5f60718");
        v.put("MOODLE_AWS_DB_HOST", "db.site.test");
        v.put("MOODLE_AWS_DB_READER_HOST", "");
        v.put("MOODLE_AWS_DB_PORT", "3306");
        v.put("MOODLE_AWS_DB_SECRET_ARN", secret + "-db-Ab12Cd");
        v.put("MOODLE_AWS_DB_MASTER_SECRET_ARN", secret + "-master-Mn78Op");
        v.put("MOODLE_AWS_REDIS_HOST", "redis.site.test");
        v.put("MOODLE_AWS_REDIS_PORT", "6379");
        v.put("MOODLE_AWS_REDIS_SECRET_ARN", secret + "-redis-Ef34Gh");
        v.put("MOODLE_AWS_ADMIN_SECRET_ARN", secret + "-admin-Ij56Kl");
        v.put("MOODLE_AWS_MAIL_SECRET_ARN", "");
        // the S3 object version of the code archive the harness publishes (lib.sh, publish_code)
        v.put("MOODLE_AWS_CODE_VERSION", "v-" + release);
        // no pins: a git plugin is fetched at its declared ref
        v.put("MOODLE_AWS_PLUGIN_VERSIONS", "");
        return v;
    }

    /** Renders {@code yaml} into {@code target/site/<name>} for the Moodle release archive {@code release}. */
    static TestSite of(String name, String release, String yaml) {
        Path dir = root().resolve(name);
        try {
            if (Files.isRegularFile(dir.resolve("site.env"))) {
                new TestSite(name, dir).teardown();
            }
            deleteTree(dir);
            MoodleAws lib = MoodleAws.standard();
            Deployment d = deployment(lib, yaml);
            Map<String, String> values = stackValues(d, release);
            Map<?, ?> resources = renderInto(lib, d, values, dir.resolve("bundle"), dir.resolve("userdata"));
            Map<String, String> env = new LinkedHashMap<>(values);
            Map<?, ?> tg = properties(resources, "AWS::ElasticLoadBalancingV2::TargetGroup", "");
            env.put("HEALTH_PATH", String.valueOf(tg.get("HealthCheckPath")));
            env.put("HEALTH_MATCHER", String.valueOf(((Map<?, ?>) tg.get("Matcher")).get("HttpCode")));
            env.put("HEALTH_INTERVAL", String.valueOf(tg.get("HealthCheckIntervalSeconds")));
            env.put("HEALTH_HEALTHY", String.valueOf(tg.get("HealthyThresholdCount")));
            env.put("HEALTH_UNHEALTHY", String.valueOf(tg.get("UnhealthyThresholdCount")));
            env.put("SITE_HOST", d.moodle().wwwroot().replaceFirst("^https://", "").replaceFirst("/.*", ""));
            env.put("DB_NAME", d.database().databaseName());
            env.put("DATAROOT", d.moodle().dataroot());
            env.put("READY_FILE", dev.moodleaws.render.instance.BootModel.READY_FILE_NAME);
            env.put("DRAIN_HOOK", dev.moodleaws.render.StackContract.DRAIN_LIFECYCLE_HOOK);
            env.put("CODE_ROOT", d.moodle().codeRoot());
            // Moodle's CLI scripts are in <root>/admin/cli in every release, 5.1's public/ layout too.
            env.put("CLI_DIR", d.moodle().codeRoot() + "/admin/cli");
            env.put("DOCUMENT_ROOT", Effective.documentRoot(d.moodle()));
            env.put("WEB_USER", Effective.webUser(d.moodle().os()));
            env.put("WEB_SERVICE", dev.moodleaws.render.instance.Platform.of(d.moodle(), false).webService());
            env.put("NODE_OS", d.moodle().os() == dev.moodleaws.core.model.OperatingSystem.AMAZON_LINUX_2023 ? "al2023" : "ubuntu");
            env.put("PHP_IMAGE", Effective.phpVersion(d.moodle()));
            env.put("CODE_REPOSITORY", d.moodle().code().repository());
            env.put("MOODLE_RELEASE", release);
            env.put("STABLE_IN_TARGET_GROUP", String.valueOf(d.stable().inTargetGroup()));
            env.put("MOODLE_ARCHIVES", archives().toString());
            env.put("SITE_CACHE", root().resolve("cache").toString());
            Mail mail = d.moodle().mail();
            env.put("MAIL_MODE", mail.mode().name().toLowerCase(java.util.Locale.ROOT));
            env.put("MAIL_HOST", java.util.Objects.toString(mail.host(), ""));
            env.put("MAIL_PORT", String.valueOf(mail.port()));
            env.put("MAIL_USER", java.util.Objects.toString(mail.user(), ""));
            env.put("MAIL_PASSWORD_SECRET_ARN", java.util.Objects.toString(mail.passwordSecretArn(), ""));
            env.put("MAIL_NOREPLY", java.util.Objects.toString(mail.noReplyAddress(), ""));
            env.put("PLUGINS", String.join(" ", d.moodle().plugins().stream().map(p -> p.component()).toList()));
            StringBuilder text = new StringBuilder();
            env.forEach((k, val) -> text.append(k).append("='").append(val.replace("'", "'\\''")).append("'\n"));
            write(dir.resolve("site.env"), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.moodleaws.core.descriptor.DescriptorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return new TestSite(name, dir);
    }

    private record Rendered(Deployment deployment, Map<?, ?> resources) {
    }

    /** Validates and renders {@code yaml} into {@code bundle}; any error fails the test. */
    private static Rendered render(String yaml, Path bundle) throws IOException {
        try {
            MoodleAws lib = MoodleAws.standard();
            Deployment d = lib.read("moodle-aws.yaml", yaml);
            dev.moodleaws.core.validate.Report report = lib.validate(d);
            if (report.hasErrors()) {
                throw new AssertionError(lib.textReport(report, "moodle-aws.yaml"));
            }
            RenderResult rendered = lib.render(d);
            if (rendered.hasErrors()) {
                throw new AssertionError(lib.textReport(rendered.report(), "moodle-aws.yaml"));
            }
            lib.write(rendered.bundle(), bundle);
            Map<?, ?> template = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(
                    Files.readString(bundle.resolve(Bundle.TEMPLATE), StandardCharsets.UTF_8));
            return new Rendered(d, (Map<?, ?>) template.get("Resources"));
        } catch (dev.moodleaws.core.descriptor.DescriptorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Renders another descriptor of the same site (same name and region, so the same stack values)
     * and keeps its stable user data as {@code userdata/<role>.sh}: a node created with that role
     * boots the other descriptor's script against this site's services.
     */
    void addStableUserData(String role, String release, String yaml) {
        try {
            Rendered r = render(yaml, dir.resolve("bundle-" + role));
            write(dir.resolve("userdata/" + role + ".sh"),
                    userData(r.resources(), "Stable", stackValues(r.deployment(), release), r.deployment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object the S3 stand-in serves at {@code s3://bucket/key}. */
    void putS3Object(String url, byte[] content) {
        Path file = dir.resolve("aws/s3").resolve(url.replaceFirst("^s3://", ""));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a deploy of a new code version gives the stack: {@code yaml} (the same site, its code or
     * Moodle version changed) rendered into {@code upgrades/<release>}, with the user data its new
     * launch templates deliver, pinned to the archive of {@code release}.
     */
    TestSite upgradeTo(String release, String yaml) {
        try {
            MoodleAws lib = MoodleAws.standard();
            Deployment d = deployment(lib, yaml);
            Path to = dir.resolve("upgrades").resolve(release);
            deleteTree(to);
            renderInto(lib, d, stackValues(d, release), to.resolve("bundle"), to.resolve("userdata"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.moodleaws.core.descriptor.DescriptorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Deployment deployment(MoodleAws lib, String yaml) throws dev.moodleaws.core.descriptor.DescriptorException {
        Deployment d = lib.read("moodle-aws.yaml", yaml);
        dev.moodleaws.core.validate.Report report = lib.validate(d);
        if (report.hasErrors()) {
            throw new AssertionError(lib.textReport(report, "moodle-aws.yaml"));
        }
        return d;
    }

    /** Renders the bundle and the user data of both groups; returns the template's resources. */
    private static Map<?, ?> renderInto(MoodleAws lib, Deployment d, Map<String, String> values, Path bundle, Path userdata)
            throws IOException {
        RenderResult rendered = lib.render(d);
        if (rendered.hasErrors()) {
            throw new AssertionError(lib.textReport(rendered.report(), "moodle-aws.yaml"));
        }
        Files.createDirectories(userdata);
        lib.write(rendered.bundle(), bundle);
        Map<?, ?> template = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(
                Files.readString(bundle.resolve(Bundle.TEMPLATE), StandardCharsets.UTF_8));
        Map<?, ?> resources = (Map<?, ?>) template.get("Resources");
        write(userdata.resolve("stable.sh"), userData(resources, "Stable", values, d));
        write(userdata.resolve("web.sh"), userData(resources, "Web", values, d));
        if (d.images().baked()) {
            write(userdata.resolve("image.sh"), bakeCommands(resources, values, d));
        }
        return resources;
    }

    private static Map<?, ?> properties(Map<?, ?> resources, String type, String idContains) {
        for (Map.Entry<?, ?> e : resources.entrySet()) {
            Map<?, ?> r = (Map<?, ?>) e.getValue();
            if (type.equals(r.get("Type")) && String.valueOf(e.getKey()).contains(idContains)) {
                return (Map<?, ?>) r.get("Properties");
            }
        }
        throw new AssertionError("no " + type + " named *" + idContains + "* in the template");
    }

    /**
     * What the Image Builder component runs on the build instance: its document joined as
     * CloudFormation does, with the test's values, and the commands of its one step, as AWSTOE runs them.
     */
    static String bakeCommands(Map<?, ?> resources, Map<String, String> values, Deployment d) {
        Map<?, ?> data = (Map<?, ?>) properties(resources, "AWS::ImageBuilder::Component", "").get("Data");
        String document = joined((List<?>) ((Map<?, ?>) data).get("Fn::Join"), values, d, "component");
        Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(document);
        Map<?, ?> step = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) doc.get("phases")).get(0)).get("steps")).get(0);
        List<?> commands = (List<?>) ((Map<?, ?>) step.get("inputs")).get("commands");
        return "#!/bin/bash\nset -e\n" + String.join("\n", commands.stream().map(String::valueOf).toList());
    }

    /** The launch template's user data, joined as CloudFormation does, with the test's values. */
    static String userData(Map<?, ?> resources, String group, Map<String, String> values, Deployment d) {
        Map<?, ?> data = (Map<?, ?>) properties(resources, "AWS::EC2::LaunchTemplate", group).get("LaunchTemplateData");
        Map<?, ?> base64 = (Map<?, ?>) data.get("UserData");
        List<?> join = (List<?>) ((Map<?, ?>) base64.get("Fn::Base64")).get("Fn::Join");
        return joined(join, values, d, group + " user data");
    }

    /** An {@code Fn::Join} of literals and references, each reference answered by the test's values. */
    private static String joined(List<?> join, Map<String, String> values, Deployment d, String what) {
        StringBuilder out = new StringBuilder();
        for (Object part : (List<?>) join.get(1)) {
            if (part instanceof String s) {
                out.append(s);
                continue;
            }
            Map<?, ?> ref = (Map<?, ?>) part;
            Matcher m = EXPORT_TAIL.matcher(out);
            if (m.find() && values.containsKey(m.group(1))) {
                out.append(values.get(m.group(1)));
            } else if ("AWS::StackName".equals(ref.get("Ref"))) {
                out.append(d.name());
            } else if ("AWS::Region".equals(ref.get("Ref"))) {
                out.append(d.region());
            } else {
                throw new AssertionError("the site test has no value for " + ref + " in the " + what
                        + ": give it one in TestSite.stackValues");
            }
        }
        return out.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs one scenario of the harness; its output goes to the test's output as it comes. */
    int run(String scenario) {
        return harness(scenario, 45);
    }

    /** Runs one scenario; the test fails when the scenario does. */
    void assertScenario(String scenario) {
        org.junit.jupiter.api.Assertions.assertEquals(0, run(scenario), "scenario " + scenario + ": see the output above");
    }

    /** Stops the site's services and nodes, unless SITE_KEEP asks to keep them for a look. */
    void teardownUnlessKept() {
        if (System.getenv("SITE_KEEP") == null) {
            teardown();
        }
    }

    void teardown() {
        if (Files.isDirectory(dir)) {
            harness("teardown", 2);
        }
    }

    private int harness(String scenario, int minutes) {
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", MODULE.resolve("src/test/site/site.sh").toString(), scenario)
                    .inheritIO();
            pb.environment().put("SITE_DIR", dir.toString());
            Process p = pb.start();
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("site test " + name + "/" + scenario + " ran longer than " + minutes + " minutes");
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
