package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** TPL-003: every resource type is one moodle-aws knows, and every property belongs to its type. */
final class KnownResourceProperties extends TemplateRule {
    private static final RuleInfo INFO = new RuleInfo("TPL-003", Severity.ERROR,
            "Every resource type is known and every property belongs to its type",
            "Correct the resource type or property name in the template override.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        template.resources().forEach((id, resource) -> {
            Optional<String> type = TemplateTree.type(resource);
            if (type.isEmpty()) {
                out.inArtifact(FILE, TemplateTree.line(resource), id + " has no Type");
                return;
            }
            Optional<Set<String>> known = ResourceCatalog.properties(type.get());
            if (known.isEmpty()) {
                out.inArtifact(FILE, TemplateTree.line(resource), id + " has the unknown type " + type.get());
                return;
            }
            TemplateTree.get(resource, "Properties").filter(MappingNode.class::isInstance).ifPresent(p -> {
                for (NodeTuple t : ((MappingNode) p).getValue()) {
                    TemplateTree.text(t.getKeyNode()).filter(k -> !known.get().contains(k)).ifPresent(k ->
                            out.inArtifact(FILE, TemplateTree.line(t.getKeyNode()),
                                    id + ": " + type.get() + " has no property " + k));
                }
            });
        });
    }
}
