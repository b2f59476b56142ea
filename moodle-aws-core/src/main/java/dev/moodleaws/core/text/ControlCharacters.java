package dev.moodleaws.core.text;

/**
 * Characters no descriptor value may hold: C0 and C1 control characters (NUL, ESC, CR, LF, TAB,
 * DEL, ...), the bidirectional controls that make text read differently from what it is (U+202E),
 * the Unicode line and paragraph separators, the byte order mark and unpaired surrogates. Each can
 * end a here-document or a comment, reorder what a reviewer sees, or drive a terminal.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether a code point is refused in a value. */
    public static boolean refused(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x061c || codePoint == 0x200e || codePoint == 0x200f
                || codePoint >= 0x202a && codePoint <= 0x202e
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0xfeff
                || Character.isSurrogate((char) codePoint) && codePoint <= 0xffff;
    }

    /** The index of the first refused character of {@code text} (an unpaired surrogate included), or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (refused(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The character at {@code index} as {@code U+XXXX}. */
    public static String name(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /**
     * {@code text} with every refused character written as {@code \}{@code uXXXX}: what a message
     * prints then shows the character and cannot move the cursor, erase a line or reorder text.
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape(String)}, keeping line feeds and tabs, which reports lay out themselves. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (firstRefused(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (refused(cp) && !(keepLines && (cp == '\n' || cp == '\t'))) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
