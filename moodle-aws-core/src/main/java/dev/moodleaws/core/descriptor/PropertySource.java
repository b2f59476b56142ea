package dev.moodleaws.core.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Values for the {@code ${name}} placeholders of a descriptor: Maven properties, system
 * properties, the environment, or a map given by an embedding tool.
 */
@FunctionalInterface
public interface PropertySource {

    /** The value of a property, or empty when it is not defined. */
    Optional<String> get(String name);

    /** A source that defines nothing: every placeholder stays unresolved. */
    static PropertySource none() {
        return name -> Optional.empty();
    }

    /** A source backed by a map (copied). */
    static PropertySource of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** The JVM's system properties. */
    static PropertySource systemProperties() {
        return name -> Optional.ofNullable(System.getProperty(name));
    }

    /** The process environment. */
    static PropertySource environment() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    /** The first source that defines a name wins. */
    static PropertySource first(PropertySource... sources) {
        List<PropertySource> chain = List.of(sources);
        chain.forEach(s -> Objects.requireNonNull(s, "source"));
        return name -> {
            for (PropertySource source : chain) {
                Optional<String> value = source.get(name);
                if (value.isPresent()) {
                    return value;
                }
            }
            return Optional.empty();
        };
    }
}
