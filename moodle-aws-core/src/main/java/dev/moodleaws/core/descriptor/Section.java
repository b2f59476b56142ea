package dev.moodleaws.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A map of known keys read into one model record through its builder.
 *
 * @param <B> the record's builder
 * @param <R> the record
 */
final class Section<B, R> implements Kind<R> {
    final String title;
    final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, R> build;
    private final R defaults;
    private final List<Key<B, R, ?>> keys;
    private final Map<String, Key<B, R, ?>> byName = new LinkedHashMap<>();

    /**
     * @param title       heading of the section in the reference, for example {@code database}
     * @param description one line about the section
     * @param newBuilder  a builder holding the model's defaults
     * @param build       builds the record
     * @param defaults    a record with the model's defaults (required values filled in), defaults are read off it
     * @param keys        the keys, in the order they are documented
     */
    @SafeVarargs
    Section(String title, String description, Supplier<B> newBuilder, Function<B, R> build, R defaults, Key<B, R, ?>... keys) {
        this.title = title;
        this.description = description;
        this.newBuilder = newBuilder;
        this.build = build;
        this.defaults = defaults;
        this.keys = List.of(keys);
        for (Key<B, R, ?> key : keys) {
            if (byName.put(key.name, key) != null) {
                throw new IllegalArgumentException("key defined twice: " + title + "." + key.name);
            }
        }
    }

    List<Key<B, R, ?>> keys() {
        return keys;
    }

    R defaults() {
        return defaults;
    }

    boolean hasRequiredKeys() {
        return keys.stream().anyMatch(Key::mustBeWritten);
    }

    @Override
    public Optional<R> read(Node node, String path, ReadContext ctx) {
        if (!(node instanceof MappingNode map)) {
            ctx.problem(node, path, "expected a map with the keys " + keyList() + ", got " + Values.describe(node));
            return Optional.empty();
        }
        B builder = newBuilder.get();
        Set<String> written = new HashSet<>();
        Set<String> valid = new HashSet<>();
        for (Entries.Entry e : Entries.of(map, path, ctx)) {
            written.add(e.name());
            Key<B, R, ?> key = byName.get(e.name());
            if (key == null) {
                unknown(e, ctx);
            } else if (ReadContext.isNull(e.value())) {
                // The JSON Schema refuses null too; an optional key takes its default only when left out.
                ctx.problem(e.value(), e.path(), "needs a value (" + key.kind.typeName() + ")"
                        + (key.mustBeWritten() ? "" : "; remove the key to take the default"));
            } else if (apply(builder, key, e, ctx)) {
                valid.add(e.name());
            }
        }
        boolean complete = true;
        for (Key<B, R, ?> key : keys) {
            if (key.mustBeWritten() && !written.contains(key.name)) {
                String what = key.kind instanceof Section<?, ?> s ? " (a map with at least " + s.requiredKeyList() + ")" : " (" + key.kind.typeName() + ")";
                ctx.problem(node, Entries.join(path, key.name), "missing required key '" + key.name + "'" + what);
                complete = false;
            } else if (key.mustBeWritten() && !valid.contains(key.name)) {
                complete = false;
            }
        }
        return complete ? Optional.of(build.apply(builder)) : Optional.empty();
    }

    private boolean apply(B builder, Key<B, R, ?> key, Entries.Entry e, ReadContext ctx) {
        ctx.written(e.path(), e.value() instanceof MappingNode ? e.key() : e.value());
        if (!SecretNames.looksSecret(e.name())) {
            return key.apply(builder, e.value(), e.path(), ctx);
        }
        // A known key with a secret-like name (cache.authToken): a value that is not of its type is
        // taken for a secret, never echoed in a message.
        int before = ctx.problemCount();
        boolean ok = key.apply(builder, e.value(), e.path(), ctx);
        if (!ok && e.value() instanceof ScalarNode) {
            ctx.dropProblemsSince(before);
            ctx.secret(e.path(), e.value());
            return true;
        }
        return ok;
    }

    private void unknown(Entries.Entry e, ReadContext ctx) {
        if (SecretNames.looksSecret(e.name())) {
            ctx.secret(e.path(), e.value());
            return;
        }
        String hint = Suggestions.closest(e.name(), byName.keySet()).map(s -> "did you mean '" + s + "'? ").orElse("");
        ctx.problem(e.key(), e.path(), "unknown key '" + e.name() + "'; " + hint + "allowed here: " + keyList());
    }

    private String keyList() {
        return String.join(", ", byName.keySet());
    }

    private String requiredKeyList() {
        return keys.stream().filter(Key::mustBeWritten).map(k -> "'" + k.name + "'").collect(Collectors.joining(", "));
    }

    @Override
    public String typeName() {
        return "map";
    }

    @Override
    public String allowed() {
        return "see [`" + title + "`](#" + anchor() + ")";
    }

    /** The Markdown heading anchor of this section. */
    String anchor() {
        return title.toLowerCase().replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    @Override
    public void schema(ObjectNode target) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Key<B, R, ?> key : keys) {
            properties.set(key.name, DescriptorSchema.property(key, defaults));
            if (key.mustBeWritten()) {
                required.add(key.name);
            }
        }
        if (!required.isEmpty()) {
            ArrayNode r = target.putArray("required");
            required.forEach(r::add);
        }
        target.put("additionalProperties", false);
    }

    @Override
    public JsonNode toJson(R value) {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public String toText(R value) {
        return "";
    }

    @Override
    public List<Section<?, ?>> sections() {
        return List.of(this);
    }
}
