package dev.moodleaws.core.text;

/**
 * Text fit for a message, a log line or a report: secrets masked, control characters escaped
 * (line feeds and tabs kept: reports put each message on one line themselves).
 */
public final class SafeText {
    private SafeText() {
    }

    public static String of(String text) {
        return ControlCharacters.escapeKeepingLines(SecretShapes.mask(text));
    }
}
