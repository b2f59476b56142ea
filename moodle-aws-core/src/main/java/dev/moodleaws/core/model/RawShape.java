package dev.moodleaws.core.model;

import java.util.regex.Pattern;

/**
 * Shapes of values the renderer writes raw into files that have no quoting of their own (web
 * server configuration, fstab, cron.d, php.ini, package lists). The rules check them with a
 * location, and the renderer checks them again before writing: what validate accepts renders.
 */
public enum RawShape {
    PATH("/[A-Za-z0-9._/-]*", "an absolute path of letters, digits, '.', '_', '-' and '/'"),
    URL_PATH("/[A-Za-z0-9._~/-]*", "a URL path of letters, digits, '.', '_', '~', '-' and '/'"),
    WORD("[A-Za-z0-9][A-Za-z0-9._+-]*", "letters, digits, '.', '_', '+' and '-'"),
    SIZE("[0-9]{1,12}[KkMmGg]?", "a number with an optional K, M or G"),
    OCTAL("0?[0-7]{3,4}", "an octal mode such as 02775");

    private final Pattern pattern;
    private final String expected;

    RawShape(String regex, String expected) {
        this.pattern = Pattern.compile(regex);
        this.expected = expected;
    }

    /** Whether {@code value} has this shape (no {@code ..} in it either). */
    public boolean matches(String value) {
        return value != null && pattern.matcher(value).matches() && !value.contains("..");
    }

    /** What the shape allows, for messages. */
    public String expected() {
        return expected;
    }
}
