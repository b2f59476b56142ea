package dev.moodleaws.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README true: what it names exists, and what it shows is what the project has. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PROPERTY = Pattern.compile("moodle-aws\\.([a-zA-Z]+)");
    private static final Pattern GOAL = Pattern.compile("moodle-aws:([a-z]+)");

    private final String readme = read(ROOT.resolve("README.md"));
    private final String pluginXml = read(Path.of("target/classes/META-INF/maven/plugin.xml"));

    @Test
    void everyPropertyTheReadmeNamesIsAParameterOfThePlugin() {
        Set<String> known = all(Pattern.compile("\\$\\{moodle-aws\\.([a-zA-Z]+)}"), pluginXml);
        Set<String> named = all(PROPERTY, readme);
        named.removeAll(Set.of("yaml", "schema"));
        named.removeAll(known);
        assertTrue(named.isEmpty(), "README names properties the plugin does not have: " + named);
    }

    @Test
    void everyGoalTheReadmeNamesExists() {
        Set<String> goals = all(Pattern.compile("<goal>([a-z]+)</goal>"), pluginXml);
        Set<String> named = all(GOAL, readme);
        named.removeAll(goals);
        assertTrue(named.isEmpty(), "README names goals the plugin does not have: " + named);
    }

    @Test
    void theQuickStartDescriptorIsTheQuickstartExample() {
        Matcher m = Pattern.compile("The smallest valid site:\\s*```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README shows the smallest valid site");
        String shown = m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
        String example = read(ROOT.resolve("examples/quickstart/moodle-aws.yaml")).lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(String::strip).collect(Collectors.joining("\n"));
        assertEquals(example, shown);
    }

    @Test
    void theTestCommandIsWhatCiRuns() {
        Matcher m = Pattern.compile("## Start here.*?```bash\\n(.*?)\\n```.*?```bash\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README starts with the two commands");
        assertTrue(m.group(1).contains("examples/quickstart"), "the first command runs the quickstart example");
        assertTrue(Files.isDirectory(ROOT.resolve("examples/quickstart")));
        assertTrue(read(ROOT.resolve(".ci/run")).lines().anyMatch(l -> l.strip().equals(m.group(2).strip())),
                "CI runs the README's test command: " + m.group(2));
    }

    @Test
    void linkedDocumentsAndExamplesExist() {
        Matcher m = Pattern.compile("\\]\\(((?:docs|examples)/[^)#]+)\\)").matcher(readme);
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!Files.exists(ROOT.resolve(m.group(1)))) {
                missing.add(m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "README links to missing files: " + missing);
    }

    @Test
    void theReadmePerformanceFiguresAreThoseOfThePerformanceReport() {
        String section = readme.substring(readme.indexOf("## Performance"), readme.indexOf("## Troubleshooting"));
        String report = read(ROOT.resolve("docs/performance.md"));
        java.util.List<String> rows = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| What")).toList();
        assertTrue(rows.size() >= 5, "README shows the performance figures");
        for (String row : rows) {
            assertTrue(report.lines().anyMatch(row::equals), "README row not in docs/performance.md: " + row);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }
}
