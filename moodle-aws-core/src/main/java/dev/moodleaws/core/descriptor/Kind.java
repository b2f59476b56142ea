package dev.moodleaws.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The type of a descriptor value: how a YAML node is read into a Java value, and how the type is
 * described in the JSON Schema and the Markdown reference. Reading and documenting share one
 * definition so they cannot disagree.
 *
 * @param <T> the Java type of the value
 */
interface Kind<T> {

    /** Reads a node that is not null; records problems and returns empty when the value is not valid. */
    Optional<T> read(Node node, String path, ReadContext ctx);

    /** The type as the Markdown reference names it. */
    String typeName();

    /** What values are allowed, as Markdown; empty when the type says it all. */
    default String allowed() {
        return "";
    }

    /** Writes the JSON Schema of the type (no description, no default) into {@code target}. */
    void schema(ObjectNode target);

    /** A default value as JSON. */
    JsonNode toJson(T value);

    /** A default value as Markdown text. */
    String toText(T value);

    /** Sections documented under this type (a nested section, the items of a list of sections). */
    default List<Section<?, ?>> sections() {
        return List.of();
    }
}
