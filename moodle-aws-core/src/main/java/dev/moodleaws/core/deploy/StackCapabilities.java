package dev.moodleaws.core.deploy;

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

/**
 * The capabilities a template needs CloudFormation to acknowledge: CAPABILITY_IAM when it
 * creates IAM resources, CAPABILITY_NAMED_IAM when one of them carries a custom name. Reads the
 * template on its own (composing, so tags such as {@code !Ref} need no constructor).
 */
public final class StackCapabilities {

    /** The IAM resource types whose custom-name property requires CAPABILITY_NAMED_IAM. */
    private static final Map<String, String> NAME_PROPERTIES = Map.of(
            "AWS::IAM::Role", "RoleName",
            "AWS::IAM::User", "UserName",
            "AWS::IAM::Group", "GroupName",
            "AWS::IAM::InstanceProfile", "InstanceProfileName",
            "AWS::IAM::ManagedPolicy", "ManagedPolicyName");

    private StackCapabilities() {
    }

    /** The capabilities for a rendered template, in the order CloudFormation documents them. */
    public static List<String> of(String template) {
        boolean iam = false;
        boolean named = false;
        for (Node resource : resources(template)) {
            Optional<String> type = get(resource, "Type").filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue());
            if (type.isEmpty() || !type.get().startsWith("AWS::IAM::")) {
                continue;
            }
            iam = true;
            String nameProperty = NAME_PROPERTIES.get(type.get());
            named |= nameProperty != null && get(resource, "Properties").flatMap(p -> get(p, nameProperty)).isPresent();
        }
        if (named) {
            return List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM");
        }
        return iam ? List.of("CAPABILITY_IAM") : List.of();
    }

    private static List<Node> resources(String template) {
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                    .composeString(template);
            Optional<Node> section = root.flatMap(r -> get(r, "Resources"));
            if (section.isPresent() && section.get() instanceof MappingNode mapping) {
                return mapping.getValue().stream().map(NodeTuple::getValueNode).toList();
            }
        } catch (YamlEngineException e) {
            return List.of();
        }
        return List.of();
    }

    private static Optional<Node> get(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }
}
