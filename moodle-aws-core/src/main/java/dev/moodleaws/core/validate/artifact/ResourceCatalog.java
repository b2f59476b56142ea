package dev.moodleaws.core.validate.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types a moodle-aws template may use: for each, its properties and their shapes,
 * its required properties and the attributes {@code Fn::GetAtt} returns. The table is the file
 * {@code resource-types.txt} beside this class, taken from the CloudFormation resource provider
 * schemas (the source of the CloudFormation template reference) and checked against the
 * reference page each entry names; the file's header says how each field was derived.
 */
final class ResourceCatalog {
    private static final String FILE = "resource-types.txt";
    private static final String DOCS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/";
    private static final Map<String, ResourceType> TYPES = load();

    private ResourceCatalog() {
    }

    /** The shape of a property value. */
    enum Shape {
        /** A string, number or boolean. */
        SCALAR,
        /** A JSON array. */
        LIST,
        /** An object with named properties. */
        MAP,
        /** An object or a string holding JSON (policy and parameter documents). */
        JSON;

        String label() {
            return switch (this) {
                case SCALAR -> "a single value";
                case LIST -> "a list";
                case MAP -> "a mapping";
                case JSON -> "a JSON document";
            };
        }
    }

    /**
     * One resource type.
     *
     * @param name       e.g. {@code AWS::RDS::DBCluster}
     * @param reference  the reference page the entry was checked against
     * @param required   the properties the type requires
     * @param properties every settable property and its shape
     * @param attributes the attribute names {@code Fn::GetAtt} accepts
     */
    record ResourceType(String name, String reference, Set<String> required, Map<String, Shape> properties,
                        Set<String> attributes) {
    }

    /** A known resource type, or empty. */
    static Optional<ResourceType> type(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** Every known type, in file order. */
    static Set<String> names() {
        return TYPES.keySet();
    }

    private static Map<String, ResourceType> load() {
        try (InputStream in = ResourceCatalog.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the table: a type line {@code AWS::X::Y page.html}, then indented lines {@code key words...}. */
    static Map<String, ResourceType> parse(String text) {
        Map<String, ResourceType> out = new LinkedHashMap<>();
        Builder current = null;
        for (String raw : text.split("\n")) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] words = raw.trim().split("\\s+");
            if (!raw.startsWith(" ")) {
                if (current != null) {
                    out.put(current.name, current.build());
                }
                if (words.length != 2) {
                    throw new IllegalArgumentException("a type line names the type and its page: " + raw);
                }
                current = new Builder(words[0], DOCS + words[1]);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("a field line before any type: " + raw);
            }
            current.add(words[0], Arrays.copyOfRange(words, 1, words.length));
        }
        if (current != null) {
            out.put(current.name, current.build());
        }
        return Collections.unmodifiableMap(out);
    }

    private static final class Builder {
        private final String name;
        private final String reference;
        private final Set<String> required = new LinkedHashSet<>();
        private final Map<String, Shape> properties = new LinkedHashMap<>();
        private final Set<String> attributes = new LinkedHashSet<>();

        Builder(String name, String reference) {
            this.name = name;
            this.reference = reference;
        }

        void add(String field, String[] words) {
            switch (field) {
                case "required" -> required.addAll(Arrays.asList(words));
                case "attributes" -> attributes.addAll(Arrays.asList(words));
                case "scalar", "list", "map", "json" -> {
                    Shape shape = Shape.valueOf(field.toUpperCase(Locale.ROOT));
                    for (String p : words) {
                        if (properties.put(p, shape) != null) {
                            throw new IllegalArgumentException(name + " lists " + p + " twice");
                        }
                    }
                }
                default -> throw new IllegalArgumentException(name + ": unknown field " + field);
            }
        }

        ResourceType build() {
            if (!properties.keySet().containsAll(required)) {
                throw new IllegalArgumentException(name + " requires a property it does not list");
            }
            return new ResourceType(name, reference, Set.copyOf(required), Collections.unmodifiableMap(properties),
                    Set.copyOf(attributes));
        }
    }
}
