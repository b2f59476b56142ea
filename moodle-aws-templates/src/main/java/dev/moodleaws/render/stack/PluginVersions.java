package dev.moodleaws.render.stack;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.resolve.SourceLookup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What pins each plugin of a site, as the stack parameter {@link LogicalIds#PLUGIN_VERSIONS} holds
 * it: {@code component=pin} words separated by single spaces, in the descriptor's order, the pin the
 * commit a git plugin's ref points at when planned, or the SHA-256 of a zip or S3 archive. The boot
 * scripts fetch a git plugin at that commit, and plan compares it with the value the stack holds.
 *
 * @param pins the pin of each plugin, by component, in the descriptor's order
 */
public record PluginVersions(Map<String, String> pins) {
    private static final Pattern WORD = Pattern.compile("([a-z][a-z0-9_]*)=([0-9a-f]{40}|[0-9a-f]{64})");

    public PluginVersions {
        pins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pins));
    }

    /** The pins of {@code d}'s plugins, each git ref resolved to its commit by {@code lookup}. */
    public static PluginVersions of(Deployment d, SourceLookup lookup) {
        Map<String, String> pins = new LinkedHashMap<>();
        for (Plugin p : d.moodle().plugins()) {
            pins.put(p.component(), p.git() != null ? lookup.commit(p.git(), p.ref())
                    : p.sha256().toLowerCase(Locale.ROOT));
        }
        return new PluginVersions(pins);
    }

    /**
     * The pins a stack parameter holds; an empty or missing value holds none.
     *
     * @throws IllegalArgumentException when a word is not {@code component=pin}
     */
    public static PluginVersions parse(String value) {
        Map<String, String> pins = new LinkedHashMap<>();
        if (value != null && !value.isBlank()) {
            for (String word : value.trim().split(" +")) {
                var m = WORD.matcher(word);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + word + "' is not component=commit or component=sha256");
                }
                pins.put(m.group(1), m.group(2));
            }
        }
        return new PluginVersions(pins);
    }

    /** The parameter value. */
    public String value() {
        return pins.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
