package dev.moodleaws.core.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Orders stack outputs: the caller's leading ones first, then as the template declares them, then the rest by name. */
final class OutputOrder {

    private OutputOrder() {
    }

    static Map<String, String> order(Map<String, String> outputs, String templateBody, List<String> leading) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : leading) {
            if (outputs.containsKey(key)) {
                ordered.put(key, outputs.get(key));
            }
        }
        for (String key : declaredOutputs(templateBody)) {
            if (outputs.containsKey(key)) {
                ordered.putIfAbsent(key, outputs.get(key));
            }
        }
        new TreeMap<>(outputs).forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The output names in template order; composing (not constructing) ignores tags such as !Ref. */
    static List<String> declaredOutputs(String templateBody) {
        List<String> names = new ArrayList<>();
        try {
            Node root = new Compose(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                    .composeString(templateBody).orElse(null);
            if (root instanceof MappingNode mapping) {
                for (NodeTuple top : mapping.getValue()) {
                    if (top.getKeyNode() instanceof ScalarNode key && key.getValue().equals("Outputs")
                            && top.getValueNode() instanceof MappingNode outputs) {
                        for (NodeTuple output : outputs.getValue()) {
                            if (output.getKeyNode() instanceof ScalarNode name) {
                                names.add(name.getValue());
                            }
                        }
                    }
                }
            }
        } catch (YamlEngineException e) {
            return List.of();
        }
        return names;
    }
}
