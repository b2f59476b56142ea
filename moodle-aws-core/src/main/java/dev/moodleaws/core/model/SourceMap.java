package dev.moodleaws.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a {@link Deployment} was written: key paths such as {@code database.engine}
 * or {@code web.instanceTypes[2]} mapped to descriptor locations. A model built in Java has none.
 */
public final class SourceMap {
    private static final SourceMap NONE = new SourceMap(null, Map.of());

    private final String file;
    private final Map<String, Location> locations;

    private SourceMap(String file, Map<String, Location> locations) {
        this.file = file;
        this.locations = locations;
    }

    public static SourceMap none() {
        return NONE;
    }

    public static SourceMap of(String file, Map<String, Location> locations) {
        return new SourceMap(file, Collections.unmodifiableMap(new LinkedHashMap<>(locations)));
    }

    /** The descriptor file name, if the model was read from one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The location of a key path; a value that was not written (a default) falls back to its
     * nearest written parent, then to the file itself.
     */
    public Optional<Location> locate(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Location l = locations.get(p);
            if (l != null) {
                return Optional.of(l);
            }
            p = parent(p);
        }
        return file == null ? Optional.empty() : Optional.of(Location.ofFile(file));
    }

    /** Whether the descriptor wrote this exact path (as opposed to a default being used). */
    public boolean isWritten(String path) {
        return locations.containsKey(path);
    }

    public Map<String, Location> locations() {
        return locations;
    }

    private static String parent(String path) {
        int bracket = path.lastIndexOf('[');
        int dot = path.lastIndexOf('.');
        int cut = Math.max(bracket, dot);
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
