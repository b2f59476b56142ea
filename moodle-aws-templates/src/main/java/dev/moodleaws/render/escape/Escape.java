package dev.moodleaws.render.escape;

/**
 * Turns any text into a complete literal of the target language, so a value a user typed can
 * never end the string it sits in: YAML double-quoted scalars, PHP single-quoted strings and
 * POSIX shell single-quoted words; Markdown text and code.
 */
public final class Escape {
    private Escape() {
    }

    /** A YAML double-quoted scalar, quotes included. */
    public static String yaml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u0085' -> out.append("\\u0085");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufeff' || Character.isSurrogate(c)
                            && !validSurrogatePair(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A PHP single-quoted string, quotes included: only {@code \} and {@code '} need escaping there. */
    public static String php(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** A shell word in single quotes, quotes included: nothing is expanded inside it. */
    public static String shell(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /**
     * Text in a Markdown paragraph or heading: every character Markdown (CommonMark and GitHub's
     * extensions) gives a meaning is backslash-escaped, so the value shows as written and opens no
     * code span, emphasis, link, HTML tag or table cell; control characters (a line break
     * included, which would end the paragraph) become numeric character references.
     */
    public static String markdownText(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append("&#").append((int) c).append(';');
                continue;
            }
            if ("\\`*_{}[]<>()#+!|~&$".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text inside a Markdown code span or an indented code block, where nothing is escaped: the
     * value itself, which must hold no backtick and no line break (the only ways out of either).
     */
    public static String markdownCode(String value) {
        if (value.indexOf('`') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a backtick or line break cannot be written into Markdown code: " + value);
        }
        return value;
    }

    private static boolean validSurrogatePair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
