package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * TPL-009: every user data script fits the 16 KB EC2 accepts before base64. The size counts the
 * literal text of the script: a plain string, or the literal parts of an {@code Fn::Join} with
 * its separators; references count as empty.
 */
final class UserDataSize extends TemplateRule {
    static final int LIMIT = 16 * 1024;
    private static final RuleInfo INFO = new RuleInfo("TPL-009", Severity.ERROR,
            "Every user data script is at most 16 KB",
            "Move the bulk of the boot script to a file the instances download, and keep the user data short.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        template.resources().forEach((id, resource) -> TemplateTree.walk(resource, node -> {
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("UserData")) {
                        int size = literalSize(unwrapBase64(t.getValueNode()));
                        if (size > LIMIT) {
                            out.inArtifact(FILE, TemplateTree.line(t.getValueNode()),
                                    "the user data of " + id + " is " + size + " bytes, over " + LIMIT);
                        }
                    }
                }
            }
        }));
    }

    private static Node unwrapBase64(Node node) {
        return TemplateTree.get(node, "Fn::Base64").orElse(node);
    }

    /** Bytes of the text a node stands for, counting only what is literal. */
    static int literalSize(Node node) {
        Optional<String> text = TemplateTree.text(node);
        if (text.isPresent()) {
            return text.get().getBytes(StandardCharsets.UTF_8).length;
        }
        Optional<Node> join = TemplateTree.get(node, "Fn::Join");
        if (join.isPresent()) {
            List<Node> args = TemplateTree.items(join.get());
            if (args.size() == 2) {
                int separator = TemplateTree.text(args.get(0)).map(s -> s.getBytes(StandardCharsets.UTF_8).length).orElse(0);
                List<Node> parts = TemplateTree.items(args.get(1));
                int size = Math.max(0, parts.size() - 1) * separator;
                for (Node part : parts) {
                    size += literalSize(part);
                }
                return size;
            }
        }
        return 0;
    }
}
