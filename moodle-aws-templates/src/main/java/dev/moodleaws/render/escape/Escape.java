package dev.moodleaws.render.escape;

/**
 * Turns any text into a complete literal of the target language, so a value a user typed can
 * never end the string it sits in: YAML double-quoted scalars, PHP single-quoted strings and
 * POSIX shell single-quoted words.
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

    private static boolean validSurrogatePair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
