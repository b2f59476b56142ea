package dev.moodleaws.core.descriptor;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One key of a descriptor section: its name, type, description, whether it is required, how its
 * default is read off the model and how its value is put into the model's builder.
 *
 * @param <B> the builder of the section's record
 * @param <R> the section's record
 * @param <T> the value's type
 */
final class Key<B, R, T> {
    final String name;
    final Kind<T> kind;
    final String description;
    final boolean required;
    private final Function<R, T> getter;
    private final BiConsumer<B, T> setter;

    private Key(String name, Kind<T> kind, Function<R, T> getter, BiConsumer<B, T> setter, String description, boolean required) {
        this.name = name;
        this.kind = kind;
        this.getter = getter;
        this.setter = setter;
        this.description = description;
        this.required = required;
    }

    static <B, R, T> Key<B, R, T> optional(String name, Kind<T> kind, Function<R, T> getter, BiConsumer<B, T> setter, String description) {
        return new Key<>(name, kind, getter, setter, description, false);
    }

    static <B, R, T> Key<B, R, T> required(String name, Kind<T> kind, Function<R, T> getter, BiConsumer<B, T> setter, String description) {
        return new Key<>(name, kind, getter, setter, description, true);
    }

    /** Whether the descriptor must write this key: required itself, or a section with required keys. */
    boolean mustBeWritten() {
        return required || kind instanceof Section<?, ?> s && s.hasRequiredKeys();
    }

    /** The default, read off a record built with the model's defaults; empty for required keys and unset defaults. */
    Optional<T> defaultValue(R defaults) {
        return required || kind instanceof Section<?, ?> ? Optional.empty() : Optional.ofNullable(getter.apply(defaults));
    }

    /** Reads the value node into the builder; false when it was not valid. */
    boolean apply(B builder, Node value, String path, ReadContext ctx) {
        Optional<T> v = kind.read(value, path, ctx);
        v.ifPresent(x -> setter.accept(builder, x));
        return v.isPresent();
    }
}
