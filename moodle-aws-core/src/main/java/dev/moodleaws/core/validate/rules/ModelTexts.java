package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.text.ControlCharacters;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Every text of a deployment with its key path: each string field of the model's records, each
 * list element and each map key and value, whatever built the model (the reader or an embedding
 * program's builders). Record components carry the descriptor's key names, so the paths are the
 * descriptor's ({@code moodle.forcedSettings.supportname}, {@code web.instanceTypes[1]}); a map key
 * in a path has its control characters escaped, as the reader writes it.
 */
final class ModelTexts {
    private static final String MODEL_PACKAGE = Deployment.class.getPackageName();
    /** Components that are bookkeeping of the reader, not values of the descriptor. */
    private static final Set<String> NOT_VALUES = Set.of("sourceMap", "literalSecrets");
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private ModelTexts() {
    }

    /** Calls {@code each} with the path and the text of every string in {@code deployment}, map keys included. */
    static void forEach(Deployment deployment, BiConsumer<String, String> each) {
        walk(deployment, "", each);
    }

    private static void walk(Object value, String path, BiConsumer<String, String> each) {
        if (value instanceof String text) {
            each.accept(path, text);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, path, each));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", each);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String child = join(path, ControlCharacters.escape(key));
                each.accept(child, key);
                walk(e.getValue(), child, each);
            }
        } else if (value instanceof Record record && record.getClass().getPackageName().equals(MODEL_PACKAGE)) {
            for (RecordComponent c : COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
                if (!NOT_VALUES.contains(c.getName())) {
                    walk(read(c, record), join(path, c.getName()), each);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
