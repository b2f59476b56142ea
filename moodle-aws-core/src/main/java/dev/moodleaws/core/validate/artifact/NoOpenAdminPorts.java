package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** TPL-005: no security group ingress opens SSH, MySQL, Redis or NFS to the whole internet. */
final class NoOpenAdminPorts extends TemplateRule {
    static final Map<Integer, String> SENSITIVE = Map.of(22, "SSH", 3306, "MySQL", 6379, "Redis", 2049, "NFS");
    private static final List<String> EVERYWHERE = List.of("0.0.0.0/0", "::/0");
    private static final RuleInfo INFO = new RuleInfo("TPL-005", Severity.ERROR,
            "No security group opens SSH, MySQL, Redis or NFS to 0.0.0.0/0 or ::/0",
            "Allow these ports only from the instances' security groups, and SSH only from admin networks.",
            RuleSource.GUIDE, "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        template.resources().forEach((id, resource) -> {
            String type = TemplateTree.type(resource).orElse("");
            Optional<Node> properties = TemplateTree.get(resource, "Properties");
            if (properties.isEmpty()) {
                return;
            }
            if (type.equals("AWS::EC2::SecurityGroup")) {
                TemplateTree.get(properties.get(), "SecurityGroupIngress")
                        .ifPresent(rules -> TemplateTree.items(rules).forEach(rule -> checkRule(id, rule, out)));
            } else if (type.equals("AWS::EC2::SecurityGroupIngress")) {
                checkRule(id, properties.get(), out);
            }
        });
    }

    private static void checkRule(String id, Node rule, Findings out) {
        Optional<String> source = TemplateTree.get(rule, "CidrIp").flatMap(TemplateTree::text)
                .or(() -> TemplateTree.get(rule, "CidrIpv6").flatMap(TemplateTree::text))
                .filter(EVERYWHERE::contains);
        if (source.isEmpty()) {
            return;
        }
        String protocol = TemplateTree.get(rule, "IpProtocol").flatMap(TemplateTree::text).orElse("");
        boolean allProtocols = protocol.equals("-1") || protocol.equalsIgnoreCase("all");
        int from = port(rule, "FromPort");
        int to = port(rule, "ToPort");
        SENSITIVE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> allProtocols || (from == -1 && to == -1) || (from <= e.getKey() && e.getKey() <= to))
                .forEach(e -> out.inArtifact(FILE, TemplateTree.line(rule), id + " opens " + e.getValue() + " (port "
                        + e.getKey() + ") to " + source.get()));
    }

    private static int port(Node rule, String key) {
        try {
            return TemplateTree.get(rule, key).flatMap(TemplateTree::text).map(Integer::parseInt).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
