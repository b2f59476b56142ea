package dev.moodleaws.core.descriptor;

import dev.moodleaws.core.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The entries of a YAML map, with non-string and duplicate keys reported and left out. */
final class Entries {
    private Entries() {
    }

    /** One key and its value. */
    record Entry(String name, String path, ScalarNode key, Node value) {
    }

    static List<Entry> of(MappingNode map, String path, ReadContext ctx) {
        List<Entry> out = new ArrayList<>(map.getValue().size());
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || !Tag.STR.equals(keyNode.getTag())) {
                ctx.problem(keyNode, path, "keys must be plain names, got " + Values.describe(keyNode)
                        + (keyNode instanceof ScalarNode ? "; put it in quotes if it is meant as a name" : ""));
                continue;
            }
            String name = key.getValue();
            String entryPath = join(path, name);
            if (name.isEmpty() || !ctx.acceptable(key, entryPath, name)) {
                if (name.isEmpty()) {
                    ctx.problem(key, path, "a key is empty; write a name");
                }
                continue;
            }
            Node first = seen.putIfAbsent(name, keyNode);
            if (first != null) {
                Location at = ctx.location(first);
                ctx.problem(keyNode, entryPath, "duplicate key '" + name + "', first written at line " + at.line()
                        + ", column " + at.column() + "; keep one of them");
                continue;
            }
            out.add(new Entry(name, entryPath, key, tuple.getValueNode()));
        }
        return out;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
