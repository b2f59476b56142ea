package dev.moodleaws.core.descriptor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Bounds that keep a small hostile file from taking the build down: the file's size, how deeply
 * maps and lists nest (checked on the parser's events, before anything recurses over the tree) and
 * how much text the document holds once its aliases are expanded (an alias of a large scalar
 * counts as often as it is used).
 */
final class DocumentLimits {
    /** The largest descriptor read, in bytes; a real one is a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting of maps and lists; the descriptor itself needs 4. */
    static final int MAX_DEPTH = 32;
    /** The most characters of scalars (keys included) after expanding aliases. */
    static final long MAX_EXPANDED_CHARS = 4L << 20;

    private DocumentLimits() {
    }

    /** The first event nested deeper than {@link #MAX_DEPTH}, or empty. */
    static Optional<Event> tooDeep(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(yaml)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(e);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** The number of scalar characters of the tree with aliases expanded (each shared node counted once per use; over the limit when a node contains itself). */
    static long expandedChars(Node root) {
        return size(root, new IdentityHashMap<>());
    }

    private static long size(Node node, Map<Node, Long> known) {
        Long k = known.get(node);
        if (k != null) {
            return k < 0 ? MAX_EXPANDED_CHARS + 1 : k; // a node that contains itself never ends
        }
        known.put(node, -1L);
        long total = 1;
        if (node instanceof ScalarNode s) {
            total += s.getValue().length();
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                total = Math.min(Long.MAX_VALUE / 4, total + size(item, known));
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                total = Math.min(Long.MAX_VALUE / 4, total + size(t.getKeyNode(), known) + size(t.getValueNode(), known));
            }
        }
        known.put(node, total);
        return total;
    }
}
