package dev.moodleaws.render.instance;

import dev.moodleaws.render.escape.Escape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes descriptor values (strings, numbers, booleans, lists, maps) as PHP literals: strings as
 * single-quoted literals that nothing can break out of, numbers and booleans as PHP numbers and
 * booleans, lists and maps as short arrays.
 */
final class PhpLiteral {
    private PhpLiteral() {
    }

    /** The PHP literal of {@code value}. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return Escape.php(s);
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
            String plain = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (value instanceof List<?> list) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            list.forEach(v -> out.add(of(v)));
            return out.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            map.forEach((k, v) -> out.add(Escape.php(String.valueOf(k)) + " => " + of(v)));
            return out.toString();
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " into PHP: " + value);
    }
}
