package dev.moodleaws.core.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The rendered files of one deployment, in a stable order. */
public final class Bundle {
    /** The CloudFormation template, at the top of the output folder. */
    public static final String TEMPLATE = "cloudformation.yaml";

    private final Map<String, BundleFile> files;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    public Bundle(List<BundleFile> files) {
        Map<String, BundleFile> byPath = new LinkedHashMap<>();
        for (BundleFile f : files) {
            if (byPath.put(f.path(), f) != null) {
                throw new IllegalArgumentException("two rendered files share the path " + f.path());
            }
        }
        this.files = Collections.unmodifiableMap(byPath);
    }

    public List<BundleFile> files() {
        return List.copyOf(files.values());
    }

    public Optional<BundleFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The text of a file that must be there. */
    public String content(String path) {
        BundleFile f = files.get(path);
        if (f == null) {
            throw new IllegalArgumentException("no rendered file " + path);
        }
        return f.content();
    }

    /**
     * A value computed from the files, such as a parsed template: computed on first use and kept
     * with the bundle, so the rules that need it share one copy. A bundle never changes, so the
     * value stays right; {@code compute} must not return null nor ask this bundle for another
     * derived value.
     *
     * @param key     identifies the value, e.g. the class that computes it
     * @param type    the value's type
     * @param compute computes the value from this bundle
     */
    public <T> T derived(Object key, Class<T> type, Function<Bundle, T> compute) {
        return type.cast(derived.computeIfAbsent(key, k -> compute.apply(this)));
    }
}
