package dev.moodleaws.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable, order-keeping copies of the maps held by the model (order matters for stable output). */
final class Maps {
    private Maps() {
    }

    static <V> Map<String, V> copy(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    static Map<String, Map<String, Object>> copyNested(Map<String, Map<String, Object>> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        source.forEach((k, v) -> out.put(k, copy(v)));
        return Collections.unmodifiableMap(out);
    }
}
