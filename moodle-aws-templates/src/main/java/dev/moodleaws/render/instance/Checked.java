package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.RawShape;
import java.util.Locale;

/**
 * Values written raw into files that have no quoting of their own (web server configuration,
 * fstab, cron.d, php.ini, package lists): they must match a strict pattern or rendering stops.
 */
final class Checked {
    private Checked() {
    }

    static String path(String what, String value) {
        return require(what, value, RawShape.PATH);
    }

    static String urlPath(String what, String value) {
        return require(what, value, RawShape.URL_PATH);
    }

    static String word(String what, String value) {
        return require(what, value, RawShape.WORD);
    }

    /** A size as php.ini takes it, the suffix in upper case. */
    static String size(String what, String value) {
        return require(what, value, RawShape.SIZE).toUpperCase(Locale.ROOT);
    }

    static String octal(String what, String value) {
        String v = require(what, value, RawShape.OCTAL);
        return v.startsWith("0") ? v : "0" + v;
    }

    /** The value; a value of another shape is a defect of the rules that let it through (MOODLE-023). */
    private static String require(String what, String value, RawShape shape) {
        if (!shape.matches(value)) {
            throw new IllegalArgumentException(what + " must be " + shape.expected() + ": " + value);
        }
        return value;
    }
}
