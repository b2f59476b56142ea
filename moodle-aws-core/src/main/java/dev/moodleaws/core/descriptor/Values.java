package dev.moodleaws.core.descriptor;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** How a written value is named in messages. */
final class Values {
    private static final int SHOWN = 60;

    private Values() {
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) {
            return "no value";
        }
        if (Tag.INT.equals(tag)) {
            return "the integer " + shown(s.getValue());
        }
        if (Tag.FLOAT.equals(tag)) {
            return "the number " + shown(s.getValue());
        }
        if (Tag.BOOL.equals(tag)) {
            return "the boolean " + shown(s.getValue());
        }
        return "the string " + quoted(s.getValue());
    }

    static String quoted(String text) {
        return "'" + shown(text) + "'";
    }

    private static String shown(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "...";
    }
}
