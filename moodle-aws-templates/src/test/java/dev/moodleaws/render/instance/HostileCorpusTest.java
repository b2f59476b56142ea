package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.descriptor.Corpus;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorProblem;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.CloudFormationTemplateAccess;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.Renderer;
import dev.moodleaws.render.escape.Escape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every descriptor of the hostile-input corpus goes through what a build does (read, validate,
 * render, write): a refused one fails with a typed problem that names file, line, column and key,
 * quotes no stack trace and leaves the previous output as it was; an accepted one renders, and its
 * value arrives verbatim and inert in every file: config.php run by PHP with a stand-in
 * setup.php, the boot scripts checked by bash and shellcheck, the template parsed, the runbook
 * parsed as Markdown and the diagram's lines checked.
 */
class HostileCorpusTest {
    private static final MoodleAws LIBRARY = MoodleAws.builder().properties(PropertySource.of(Corpus.PROPERTIES)).build();
    private static final String BASELINE = "name: campus\nregion: eu-west-1\nmoodle:\n  wwwroot: https://learn.example.org\n"
            + "loadBalancer:\n  certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666\n";

    @TempDir
    static Path previous;
    private static Map<String, byte[]> previousFiles;
    private static Bundle baseline;

    @BeforeAll
    static void previousOutput() throws Exception {
        for (String tool : List.of("php", "bash", "shellcheck")) {
            if ("true".equals(System.getenv("CI"))) {
                assertTrue(Tools.available(tool), tool + " must be installed in CI");
            }
        }
        baseline = LIBRARY.render(LIBRARY.read("moodle-aws.yaml", BASELINE)).bundle();
        LIBRARY.write(baseline, previous);
        previousFiles = snapshot(previous);
    }

    static List<Corpus> corpus() throws Exception {
        return Corpus.all();
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** Reads, validates and renders as a build does; writes only what validates. The first lines of the messages on the case's key, or none. */
    private static List<String> build(Corpus c, Path out) throws Exception {
        Deployment d;
        try {
            d = LIBRARY.read(c.path());
        } catch (DescriptorException e) {
            return e.problems().stream().filter(p -> p.path().equals(c.key().equals("-") ? "" : c.key()))
                    .map(DescriptorProblem::format).toList();
        }
        Report report = LIBRARY.validate(d);
        if (report.hasErrors()) {
            List<String> lines = new ArrayList<>();
            for (Finding f : report.active()) {
                if (f.severity() == Severity.ERROR && f.subject().equals(c.key())) {
                    lines.add(LIBRARY.textEntry(f, c.file()).lines().findFirst().orElseThrow());
                }
            }
            return lines;
        }
        RenderResult rendered = LIBRARY.render(d);
        assertFalse(rendered.report().hasErrors(), () -> c + ": " + rendered.report().findings());
        LIBRARY.write(rendered.bundle(), out);
        return List.of();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithAPlaceOrRenderedVerbatimAndInert(Corpus c, @TempDir Path dir) throws Exception {
        boolean refused = !c.outcome().equals("ok");
        Path out = refused ? previous : dir.resolve("moodle-aws");
        List<String> messages = build(c, out);
        if (refused) {
            assertFalse(messages.isEmpty(), () -> c + " must be refused with a message on " + c.key());
            String message = messages.get(0);
            assertTrue(message.matches("\\Q" + c.file() + "\\E:\\d+:\\d+: error.*"), message);
            if (!c.key().equals("-")) {
                assertTrue(message.contains(c.key()), message);
            }
            assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("\n"), message);
            assertFalse(message.contains("S3cr3t") || message.contains("hunter2") || message.contains("wJalr"), message);
            assertFalse(message.chars().anyMatch(ch -> ch < 0x20), message);
            assertEquals(previousFiles.keySet(), snapshot(previous).keySet(), "the previous output is untouched");
            snapshot(previous).forEach((k, v) -> assertTrue(java.util.Arrays.equals(previousFiles.get(k), v), k));
            return;
        }
        assertTrue(messages.isEmpty(), messages::toString);
        Deployment d = LIBRARY.read(c.path());
        Bundle bundle = LIBRARY.render(d).bundle();
        checkConfigPhp(d, c, dir);
        checkScripts(bundle, dir);
        checkTemplate(bundle);
        checkRunbook(bundle);
        checkDiagram(bundle);
        Object value = valueAt(d, c.key());
        if (value instanceof String text && !text.isEmpty()) {
            String shellWord = Escape.shell(text);
            boolean inScript = bundle.content(BootFiles.STABLE_USER_DATA).contains(shellWord)
                    || bundle.content(BootFiles.CONFIG_PHP).contains(Escape.php(text))
                    || bundle.content(Bundle.TEMPLATE).contains(Escape.yaml(text))
                    || bundle.content(BootFiles.STABLE_USER_DATA).contains(text);
            assertTrue(inScript, () -> c + ": " + text + " appears as one literal in a rendered file");
        }
    }

    private static Object valueAt(Deployment d, String key) {
        if (key.startsWith("moodle.forcedSettings.")) {
            return d.moodle().forcedSettings().get(key.substring("moodle.forcedSettings.".length()));
        }
        if (key.startsWith("tags.")) {
            return d.tags().get(key.substring("tags.".length()));
        }
        return key.equals("moodle.siteFullName") ? d.moodle().siteFullName() : null;
    }

    private static void checkConfigPhp(Deployment d, Corpus c, Path dir) throws Exception {
        if (!Tools.available("php")) {
            return;
        }
        JsonNode cfg = ConfigPhpTest.run(d, dir.resolve("php"));
        d.moodle().forcedSettings().forEach((name, value) -> {
            JsonNode written = cfg.get(name);
            assertTrue(written != null, c + ": $CFG->" + name);
            assertEquals(String.valueOf(value), written.isTextual() ? written.asText() : written.toString(), c + ": $CFG->" + name);
        });
        assertEquals(d.moodle().wwwroot(), cfg.get("wwwroot").asText());
    }

    private static void checkScripts(Bundle bundle, Path dir) throws Exception {
        for (BundleFile f : bundle.files()) {
            if (!f.path().endsWith(".sh")) {
                continue;
            }
            Path script = dir.resolve(f.path().replace('/', '_'));
            Files.writeString(script, f.content(), StandardCharsets.UTF_8);
            if (Tools.available("bash")) {
                Tools.Result syntax = Tools.run(List.of("bash", "-n", script.toString()));
                assertEquals(0, syntax.exit(), f.path() + ": " + syntax.out());
            }
            if (Tools.available("shellcheck")) {
                Tools.Result check = Tools.run(List.of("shellcheck", "-S", "warning", script.toString()));
                assertEquals(0, check.exit(), f.path() + ": " + check.out());
            }
        }
    }

    private static void checkTemplate(Bundle bundle) {
        Map<String, Object> t = CloudFormationTemplateAccess.parse(bundle.content(Bundle.TEMPLATE));
        Map<String, Object> base = CloudFormationTemplateAccess.parse(baseline.content(Bundle.TEMPLATE));
        assertEquals(base.keySet(), t.keySet());
    }

    /** Headings, code fences and HTML of a runbook: a value must add none. */
    private static List<String> structure(String markdown) {
        List<String> out = new ArrayList<>();
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add("h" + heading.getLevel());
                visitChildren(heading);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                out.add("fence");
            }

            @Override
            public void visit(HtmlBlock html) {
                out.add("html");
            }

            @Override
            public void visit(HtmlInline html) {
                out.add("html");
            }
        });
        return out;
    }

    private static void checkRunbook(Bundle bundle) {
        assertEquals(structure(baseline.content(BootFiles.RUNBOOK)), structure(bundle.content(BootFiles.RUNBOOK)));
    }

    private static void checkDiagram(Bundle bundle) {
        String diagram = bundle.content(Renderer.DIAGRAM);
        assertEquals(baseline.content(Renderer.DIAGRAM).lines().count(), diagram.lines().count());
        assertFalse(diagram.contains("%%{"), diagram);
        for (String line : diagram.lines().toList()) {
            assertTrue(line.matches("flowchart LR|\\s*end|\\s*subgraph \\w+\\[\"[^\"]*\"\\]|\\s*\\w+[\\[(]{1,2}\"[^\"]*\"[\\])]{1,2}"
                    + "|\\s*\\w+ -(->|\\.->) ?\\|\"[^\"]*\"\\| \\w+|\\s*\\w+\\(\\(\"[^\"]*\"\\)\\)|\\s*\\w+\\[\\(\"[^\"]*\"\\)\\]"), line);
        }
    }
}
