package dev.moodleaws.core.deploy;

import dev.moodleaws.core.validate.artifact.TemplateTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * The capabilities a template needs CloudFormation to acknowledge: CAPABILITY_IAM when it
 * creates IAM resources, CAPABILITY_NAMED_IAM when one of them carries a custom name.
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
        TemplateTree tree = TemplateTree.parse(template);
        boolean iam = false;
        boolean named = false;
        for (MappingNode resource : tree.resources().values()) {
            Optional<String> type = TemplateTree.type(resource);
            if (type.isEmpty() || !type.get().startsWith("AWS::IAM::")) {
                continue;
            }
            iam = true;
            String nameProperty = NAME_PROPERTIES.get(type.get());
            named |= nameProperty != null && TemplateTree.get(resource, "Properties")
                    .flatMap(p -> TemplateTree.get(p, nameProperty)).isPresent();
        }
        if (named) {
            return List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM");
        }
        return iam ? List.of("CAPABILITY_IAM") : List.of();
    }
}
