package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * TPL-002: every {@code Ref}, {@code Fn::GetAtt} and {@code ${Name}} inside {@code Fn::Sub} names
 * a resource, a parameter or a pseudo parameter ({@code Fn::GetAtt} only a resource).
 */
final class ReferencesResolve extends TemplateRule {
    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");
    private static final RuleInfo INFO = new RuleInfo("TPL-002", Severity.ERROR,
            "Every Ref, Fn::GetAtt and Fn::Sub variable of the template resolves",
            "Reference only resources and parameters the template declares, or pseudo parameters.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        Set<String> resources = template.resources().keySet();
        Set<String> names = new HashSet<>(resources);
        names.addAll(template.parameters());
        names.addAll(PSEUDO_PARAMETERS);
        TemplateTree.walk(template.root(), node -> {
            if (node instanceof MappingNode m && m.getValue().size() == 1) {
                NodeTuple t = m.getValue().get(0);
                if (t.getKeyNode() instanceof ScalarNode k) {
                    checkFunction(k.getValue(), t.getValueNode(), resources, names, out);
                }
            }
        });
    }

    private static void checkFunction(String function, Node argument, Set<String> resources, Set<String> names,
                                      Findings out) {
        switch (function) {
            case "Ref" -> TemplateTree.text(argument).filter(n -> !names.contains(n)).ifPresent(n ->
                    out.inArtifact(FILE, TemplateTree.line(argument), "Ref " + n + " names nothing the template declares"));
            case "Fn::GetAtt" -> getAttTarget(argument).filter(n -> !resources.contains(n)).ifPresent(n ->
                    out.inArtifact(FILE, TemplateTree.line(argument), "Fn::GetAtt " + n + " names no resource of the template"));
            case "Fn::Sub" -> checkSub(argument, names, out);
            default -> {
            }
        }
    }

    private static Optional<String> getAttTarget(Node argument) {
        Optional<String> dotted = TemplateTree.text(argument).map(s -> s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        if (dotted.isPresent()) {
            return dotted;
        }
        List<Node> items = TemplateTree.items(argument);
        return items.isEmpty() ? Optional.empty() : TemplateTree.text(items.get(0));
    }

    private static void checkSub(Node argument, Set<String> names, Findings out) {
        Node format = argument;
        Set<String> known = new HashSet<>(names);
        List<Node> items = TemplateTree.items(argument);
        if (!items.isEmpty()) {
            format = items.get(0);
            if (items.size() > 1 && items.get(1) instanceof MappingNode vars) {
                for (NodeTuple t : vars.getValue()) {
                    TemplateTree.text(t.getKeyNode()).ifPresent(known::add);
                }
            }
        }
        Node at = format;
        TemplateTree.text(format).ifPresent(text -> {
            Matcher m = SUB_VARIABLE.matcher(text);
            while (m.find()) {
                String variable = m.group(1).trim();
                String target = variable.contains(".") && !variable.startsWith("AWS::")
                        ? variable.substring(0, variable.indexOf('.')) : variable;
                if (!known.contains(target)) {
                    out.inArtifact(FILE, TemplateTree.line(at), "Fn::Sub variable ${" + variable + "} names nothing the template declares");
                }
            }
        });
    }
}
