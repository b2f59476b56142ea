package dev.moodleaws.core.descriptor;

import dev.moodleaws.core.model.LiteralSecret;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.text.ControlCharacters;
import dev.moodleaws.core.text.SecretShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** State of one read: the problems found, where each value was written, the secrets seen. */
final class ReadContext {
    /** A {@code ${name}} that is not the escape {@code $${name}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\$\\{");
    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile(Kinds.WHOLE_PLACEHOLDER_PATTERN);
    private final String file;
    private final PropertySource properties;
    private final List<DescriptorProblem> problems = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final List<LiteralSecret> secrets = new ArrayList<>();

    ReadContext(String file, PropertySource properties) {
        this.file = file;
        this.properties = properties;
    }

    String file() {
        return file;
    }

    Location location(Node node) {
        return location(node.getStartMark());
    }

    Location location(Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.ofFile(file));
    }

    void problem(Node at, String path, String message) {
        problems.add(new DescriptorProblem(location(at), path, message));
    }

    void problem(Location at, String path, String message) {
        problems.add(new DescriptorProblem(at, path, message));
    }

    int problemCount() {
        return problems.size();
    }

    /** Forgets the problems found since {@code count}: used when a value turns out to be a secret that must not be echoed. */
    void dropProblemsSince(int count) {
        problems.subList(count, problems.size()).clear();
    }

    List<DescriptorProblem> problems() {
        return problems;
    }

    void written(String path, Node at) {
        locations.put(path, location(at));
    }

    Map<String, Location> locations() {
        return locations;
    }

    /** Records a secret written in the descriptor; its value is dropped here and never kept. */
    void secret(String path, Node value) {
        if (isNull(value) || value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return;
        }
        secrets.add(new LiteralSecret(path));
        written(path, value);
    }

    List<LiteralSecret> secrets() {
        return secrets;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static boolean hasPlaceholder(ScalarNode node) {
        return PLACEHOLDER.matcher(node.getValue()).find();
    }

    /** Whether the whole scalar is one {@code ${name}} placeholder: how a value that has a type (number, boolean, choice) may use one. */
    static boolean isWholePlaceholder(ScalarNode node) {
        return WHOLE_PLACEHOLDER.matcher(node.getValue()).matches();
    }

    /**
     * The text of a scalar with its {@code ${name}} placeholders filled in and {@code $${x}} turned
     * into a literal {@code ${x}}; empty (and a problem recorded) when a placeholder cannot be
     * filled, names a secret, or the final text holds a refused character or a secret.
     */
    Optional<String> text(ScalarNode node, String path) {
        String raw = node.getValue();
        Optional<String> filled = raw.indexOf('$') < 0 ? Optional.of(raw) : fill(node, path, raw);
        return filled.filter(t -> acceptable(node, path, t));
    }

    /** Refuses control characters and secret-shaped text in a final value; true when it is fine. */
    boolean acceptable(Node node, String path, String text) {
        int bad = ControlCharacters.firstRefused(text);
        if (bad >= 0) {
            problem(node, path, "holds the control character " + ControlCharacters.name(text, bad) + " at position " + (bad + 1)
                    + "; control characters (CR, LF, TAB, ESC, NUL, ...), bidirectional controls, line separators and unpaired"
                    + " surrogates are refused in every value: they can end a here-document in a boot script, hide text from"
                    + " a reviewer or drive a terminal");
            return false;
        }
        Optional<String> secret = SecretShapes.find(text);
        if (secret.isPresent()) {
            problem(node, path, "holds " + secret.get() + "; secrets never go into the descriptor, the rendered files or the logs."
                    + " moodle-aws generates the passwords into AWS Secrets Manager and the instances read them at boot");
            return false;
        }
        return true;
    }

    private Optional<String> fill(ScalarNode node, String path, String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean ok = true;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '$' && raw.startsWith("$${", i)) {
                int end = raw.indexOf('}', i + 3);
                int stop = end < 0 ? raw.length() : end + 1;
                out.append(raw, i + 1, stop);
                i = stop;
            } else if (c == '$' && raw.startsWith("${", i)) {
                int end = raw.indexOf('}', i + 2);
                if (end < 0) {
                    problem(node, path, "placeholder '" + raw.substring(i) + "' has no closing '}'; write ${name}, or $${ for a literal ${");
                    return Optional.empty();
                }
                String name = raw.substring(i + 2, end).trim();
                Optional<String> value = name.isEmpty() || SecretNames.looksSecret(name) ? Optional.empty() : properties.get(name);
                if (SecretNames.looksSecret(name)) {
                    problem(node, path, "placeholder ${" + name + "} names a secret; secrets are never filled into the descriptor,"
                            + " since every value can reach the rendered files, tags and logs");
                    ok = false;
                } else if (value.isPresent()) {
                    out.append(value.get());
                } else {
                    problem(node, path, "placeholder ${" + name + "} is not defined; define the property '" + name
                            + "' (a Maven property, system property or environment variable), or write $${" + name + "} for the literal text");
                    ok = false;
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return ok ? Optional.of(out.toString()) : Optional.empty();
    }
}
