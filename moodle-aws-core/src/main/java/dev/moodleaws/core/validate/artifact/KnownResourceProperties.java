package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.validate.artifact.ResourceCatalog.ResourceType;
import dev.moodleaws.core.validate.artifact.ResourceCatalog.Shape;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * TPL-003: every resource has a type from {@link ResourceCatalog}; each of its properties belongs
 * to that type and has the type's shape (a single value, a list, a mapping or a JSON document);
 * every property the type requires is present; and every {@code Fn::GetAtt} asks its resource for
 * an attribute that the resource's type returns. CloudFormation would otherwise reject the
 * template only at deploy time, some of it only when the stack is half built.
 */
final class KnownResourceProperties extends TemplateRule {
    /** Functions that return a list. */
    private static final Set<String> LIST_FUNCTIONS = Set.of("Fn::GetAZs", "Fn::Split", "Fn::Cidr");
    /** Functions that return a single value. */
    private static final Set<String> SCALAR_FUNCTIONS = Set.of("Fn::Join", "Fn::Sub", "Fn::Base64", "Fn::GetAtt",
            "Fn::ToJsonString", "Fn::Length");
    /** Functions whose result may have any shape: this rule does not judge them. */
    private static final Set<String> OPEN_FUNCTIONS = Set.of("Fn::If", "Fn::Select", "Fn::FindInMap",
            "Fn::ImportValue", "Fn::Transform");
    private static final RuleInfo INFO = new RuleInfo("TPL-003", Severity.ERROR,
            "Every resource type, property, value shape, required property and Fn::GetAtt attribute is valid CloudFormation",
            "Correct the resource type, the property name, the property value's shape or the attribute name in the template override.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        Map<String, String> parameterTypes = template.parameterTypes();
        template.resources().forEach((id, resource) -> {
            Optional<String> typeName = TemplateTree.type(resource);
            if (typeName.isEmpty()) {
                out.inArtifact(FILE, TemplateTree.line(resource), id + " has no Type");
                return;
            }
            Optional<ResourceType> type = ResourceCatalog.type(typeName.get());
            if (type.isEmpty()) {
                out.inArtifact(FILE, TemplateTree.line(resource), id + " has the unknown type " + typeName.get());
                return;
            }
            checkProperties(id, resource, type.get(), parameterTypes, out);
        });
        checkAttributes(template, out);
    }

    private static void checkProperties(String id, MappingNode resource, ResourceType type,
                                        Map<String, String> parameterTypes, Findings out) {
        Optional<Node> properties = TemplateTree.get(resource, "Properties");
        Set<String> present = new HashSet<>();
        if (properties.isPresent() && properties.get() instanceof MappingNode p) {
            for (NodeTuple t : p.getValue()) {
                Optional<String> key = TemplateTree.text(t.getKeyNode());
                if (key.isEmpty()) {
                    continue;
                }
                present.add(key.get());
                Shape expected = type.properties().get(key.get());
                if (expected == null) {
                    out.inArtifact(FILE, TemplateTree.line(t.getKeyNode()),
                            id + ": " + type.name() + " has no property " + key.get());
                } else if (!fits(t.getValueNode(), expected, parameterTypes)) {
                    out.inArtifact(FILE, TemplateTree.line(t.getValueNode()), id + ": " + key.get() + " of "
                            + type.name() + " takes " + expected.label() + ", not " + describe(t.getValueNode()));
                }
            }
        } else if (properties.isPresent()) {
            out.inArtifact(FILE, TemplateTree.line(properties.get()), id + ": Properties is not a mapping");
            return;
        }
        type.required().stream().filter(r -> !present.contains(r)).sorted().forEach(r ->
                out.inArtifact(FILE, TemplateTree.line(resource), id + ": " + type.name() + " requires " + r));
    }

    /** Whether a value node can have the expected shape: literally, or as the result of a function. */
    static boolean fits(Node value, Shape expected, Map<String, String> parameterTypes) {
        Optional<String> function = function(value);
        if (function.isPresent()) {
            String f = function.get();
            if (OPEN_FUNCTIONS.contains(f)) {
                return true;
            }
            if (f.equals("Ref")) {
                String target = TemplateTree.text(((MappingNode) value).getValue().get(0).getValueNode()).orElse("");
                if (target.equals("AWS::NoValue")) {
                    return true;
                }
                boolean list = target.equals("AWS::NotificationARNs") || isListParameter(parameterTypes.get(target));
                return list ? expected == Shape.LIST : expected == Shape.SCALAR || expected == Shape.JSON;
            }
            if (LIST_FUNCTIONS.contains(f)) {
                return expected == Shape.LIST;
            }
            if (SCALAR_FUNCTIONS.contains(f)) {
                return expected == Shape.SCALAR || expected == Shape.JSON;
            }
        }
        return switch (expected) {
            case SCALAR -> value instanceof ScalarNode;
            case LIST -> value instanceof SequenceNode;
            case MAP -> value instanceof MappingNode;
            case JSON -> value instanceof MappingNode || value instanceof ScalarNode;
        };
    }

    private static boolean isListParameter(String type) {
        return type != null && (type.startsWith("List<") || type.equals("CommaDelimitedList")
                || type.startsWith("AWS::SSM::Parameter::Value<List<")
                || type.equals("AWS::SSM::Parameter::Value<CommaDelimitedList>"));
    }

    /** The intrinsic function a node calls: a mapping of one key that is {@code Ref} or starts with {@code Fn::}. */
    static Optional<String> function(Node node) {
        if (node instanceof MappingNode m && m.getValue().size() == 1) {
            Optional<String> key = TemplateTree.text(m.getValue().get(0).getKeyNode());
            if (key.isPresent() && (key.get().equals("Ref") || key.get().startsWith("Fn::"))) {
                return key;
            }
        }
        return Optional.empty();
    }

    private static String describe(Node value) {
        Optional<String> function = function(value);
        if (function.isPresent()) {
            return "the result of " + function.get();
        }
        return value instanceof SequenceNode ? "a list" : value instanceof MappingNode ? "a mapping" : "a single value";
    }

    private static void checkAttributes(TemplateTree template, Findings out) {
        Map<String, MappingNode> resources = template.resources();
        TemplateTree.walk(template.root(), node -> {
            if (!function(node).filter("Fn::GetAtt"::equals).isPresent()) {
                return;
            }
            Node argument = ((MappingNode) node).getValue().get(0).getValueNode();
            Optional<String[]> target = getAtt(argument);
            if (target.isEmpty() || !resources.containsKey(target.get()[0])) {
                return;
            }
            String id = target.get()[0];
            String attribute = target.get()[1];
            TemplateTree.type(resources.get(id)).flatMap(ResourceCatalog::type)
                    .filter(t -> !t.attributes().contains(attribute))
                    .ifPresent(t -> out.inArtifact(FILE, TemplateTree.line(argument), "Fn::GetAtt " + id + "."
                            + attribute + ": " + t.name() + " returns no attribute " + attribute
                            + (t.attributes().isEmpty() ? "" : " (it returns " + String.join(", ", t.attributes().stream().sorted().toList()) + ")")));
        });
    }

    /** The logical ID and attribute of an {@code Fn::GetAtt} argument; empty when the attribute is computed. */
    private static Optional<String[]> getAtt(Node argument) {
        Optional<String> dotted = TemplateTree.text(argument);
        if (dotted.isPresent()) {
            int dot = dotted.get().indexOf('.');
            return dot < 0 ? Optional.empty()
                    : Optional.of(new String[] {dotted.get().substring(0, dot), dotted.get().substring(dot + 1)});
        }
        List<Node> items = TemplateTree.items(argument);
        if (items.size() != 2) {
            return Optional.empty();
        }
        Optional<String> id = TemplateTree.text(items.get(0));
        Optional<String> attribute = TemplateTree.text(items.get(1));
        return id.isPresent() && attribute.isPresent() ? Optional.of(new String[] {id.get(), attribute.get()}) : Optional.empty();
    }
}
