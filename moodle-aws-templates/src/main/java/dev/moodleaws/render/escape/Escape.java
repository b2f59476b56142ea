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
     * A complete Markdown code span showing {@code value} verbatim, backticks included: the span is
     * delimited by a backtick run longer than any run in the value (CommonMark), padded with a space
     * when the value starts or ends with a backtick. A line break, which a code span shows as a
     * space anyway and which could end the paragraph, is written as that space. Never throws.
     */
    public static String markdownCode(String value) {
        String text = markdownCodeContent(value);
        if (text.isEmpty()) {
            return "` `"; // CommonMark has no empty code span
        }
        int longest = 0;
        for (int i = 0, run = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`")
                || text.length() > 1 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /**
     * A value written inside a longer code span or an indented code block by the template, such as
     * {@code cat ${readyFile}}: the value itself, with line breaks written as spaces so the block or
     * paragraph cannot end early. A backtick is literal in a code block; inside a longer span it
     * would end the span, so a template uses this in a span only for values whose form the rules
     * fix (the region, folder paths, names derived by moodle-aws) and {@link #markdownCode} for
     * any other. Never throws.
     */
    public static String markdownCodeContent(String value) {
        return value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    private static boolean validSurrogatePair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
