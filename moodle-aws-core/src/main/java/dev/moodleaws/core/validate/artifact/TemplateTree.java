package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.bundle.Bundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The rendered CloudFormation template as a YAML node tree that keeps the line of every node, so
 * that template findings point at the line to look at.
 */
public final class TemplateTree {
    private final MappingNode root;

    private TemplateTree(MappingNode root) {
        this.root = root;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when the text is not YAML or its top level is not a mapping
     */
    public static TemplateTree parse(String text) {
        Optional<Node> node;
        try {
            node = new Compose(LoadSettings.builder().setLabel(Bundle.TEMPLATE).build()).composeString(text);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (node.isEmpty() || !(node.get() instanceof MappingNode m)) {
            throw new IllegalArgumentException("the top level of the template is not a mapping");
        }
        return new TemplateTree(m);
    }

    /** The bundle's template, or empty when the bundle has none or it does not parse. */
    static Optional<TemplateTree> of(Bundle bundle) {
        return parsed(bundle).flatMap(Parsed::tree);
    }

    /**
     * The bundle's template parsed once for all the rules that read it, or empty when the bundle
     * has none.
     */
    static Optional<Parsed> parsed(Bundle bundle) {
        if (bundle.file(Bundle.TEMPLATE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bundle.derived(Parsed.class, Parsed.class, b -> Parsed.of(b.content(Bundle.TEMPLATE))));
    }

    /** The outcome of parsing a template: the tree, or why there is none. */
    record Parsed(Optional<TemplateTree> tree, String problem) {
        static Parsed of(String text) {
            try {
                return new Parsed(Optional.of(parse(text)), null);
            } catch (IllegalArgumentException e) {
                return new Parsed(Optional.empty(), e.getMessage());
            }
        }
    }

    public MappingNode root() {
        return root;
    }

    /** Logical ID to resource node, in template order. */
    public Map<String, MappingNode> resources() {
        return mappingsOf(section("Resources"));
    }

    /** Parameter names declared by the template. */
    public List<String> parameters() {
        return new ArrayList<>(mappingsOf(section("Parameters")).keySet());
    }

    /** Parameter name to its declared {@code Type} (empty text when it has none), in template order. */
    public Map<String, String> parameterTypes() {
        Map<String, String> out = new LinkedHashMap<>();
        mappingsOf(section("Parameters")).forEach((name, p) -> out.put(name, type(p).orElse("")));
        return out;
    }

    /** A top-level section, or empty. */
    public Optional<Node> section(String name) {
        return get(root, name);
    }

    /** The value of {@code key} in a mapping. */
    public static Optional<Node> get(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) {
            return Optional.empty();
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    /** The text of a scalar node, or empty for collections. */
    public static Optional<String> text(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** The entries of a sequence node, or none. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of();
    }

    /** The 1-based line where a node starts. */
    public static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The resource type of a resource node, or empty. */
    public static Optional<String> type(Node resource) {
        return get(resource, "Type").flatMap(TemplateTree::text);
    }

    private static Map<String, MappingNode> mappingsOf(Optional<Node> section) {
        Map<String, MappingNode> out = new LinkedHashMap<>();
        if (section.isPresent() && section.get() instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof MappingNode v) {
                    out.put(k.getValue(), v);
                }
            }
        }
        return out;
    }

    /** Calls {@code visitor} for every node under {@code node}, depth first, in document order. */
    public static void walk(Node node, java.util.function.Consumer<Node> visitor) {
        visitor.accept(node);
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                walk(t.getKeyNode(), visitor);
                walk(t.getValueNode(), visitor);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                walk(n, visitor);
            }
        }
    }
}
