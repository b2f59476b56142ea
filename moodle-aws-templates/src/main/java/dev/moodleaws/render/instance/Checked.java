package dev.moodleaws.render.instance;

import java.util.regex.Pattern;

/**
 * Values written raw into files that have no quoting of their own (web server configuration,
 * fstab, cron.d, php.ini, package lists): they must match a strict pattern or rendering stops.
 */
final class Checked {
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/-]*");
    private static final Pattern URL_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
    private static final Pattern SIZE = Pattern.compile("[0-9]+[KMG]?");
    private static final Pattern OCTAL = Pattern.compile("0?[0-7]{3,4}");

    private Checked() {
    }

    static String path(String what, String value) {
        return require(what, value, PATH, "an absolute path of letters, digits, '.', '_', '-' and '/'");
    }

    static String urlPath(String what, String value) {
        return require(what, value, URL_PATH, "a URL path of letters, digits, '.', '_', '~', '-' and '/'");
    }

    static String word(String what, String value) {
        return require(what, value, WORD, "letters, digits, '.', '_', '+' and '-'");
    }

    static String size(String what, String value) {
        return require(what, value, SIZE, "a number with an optional K, M or G");
    }

    static String octal(String what, String value) {
        String v = require(what, value, OCTAL, "an octal mode such as 02775");
        return v.startsWith("0") ? v : "0" + v;
    }

    private static String require(String what, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException(what + " must be " + expected + ": " + value);
        }
        return value;
    }
}
