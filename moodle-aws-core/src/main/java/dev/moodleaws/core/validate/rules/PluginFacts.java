package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.MoodleVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moodle's plugin types and standard plugins per release, from {@code moodle-plugins.txt} beside
 * this class (read off the release trees' {@code lib/components.json} and {@code lib/plugins.json}).
 * The file holds 4.5 and 5.1; a release without its own tree uses the nearest older one that has
 * one (5.0 that of 4.5, 5.2 and 5.3 that of 5.1), so their checks are as good as that tree.
 */
final class PluginFacts {
    private static final String FILE = "moodle-plugins.txt";
    private static final Map<String, Release> RELEASES = load();

    private PluginFacts() {
    }

    /** The types and standard components of one release. */
    record Release(String label, Set<String> types, Set<String> standard) {
    }

    /** The facts a version is checked with. */
    static Release of(MoodleVersion version) {
        for (MoodleVersion v = version; ; v = MoodleVersion.values()[v.ordinal() - 1]) {
            Release r = RELEASES.get(v.label());
            if (r != null) {
                return r;
            }
            if (v.ordinal() == 0) {
                throw new IllegalStateException("no plugin facts for Moodle " + version.label());
            }
        }
    }

    private static Map<String, Release> load() {
        Map<String, Release> out = new HashMap<>();
        try (InputStream in = PluginFacts.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String label = null;
            Set<String> types = Set.of();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = List.of(line.trim().split("\\s+"));
                List<String> rest = words.subList(1, words.size());
                switch (words.get(0)) {
                    case "release" -> label = rest.get(0);
                    case "types" -> types = Set.copyOf(rest);
                    case "standard" -> out.put(label, new Release(label, types, Set.copyOf(rest)));
                    default -> throw new IllegalStateException(FILE + ": unknown line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
