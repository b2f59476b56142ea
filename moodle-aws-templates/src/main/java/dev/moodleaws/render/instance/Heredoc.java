package dev.moodleaws.render.instance;

/**
 * A quoted here-document of a file's text inside a shell script: the delimiter is chosen so that
 * no line of the text equals it (values in the text may contain newlines), and the quoted
 * delimiter keeps the shell from expanding anything in the text. The text must be final (as
 * {@code TemplateEngine.render} returns it): a line that only a later conversion would make equal
 * to the delimiter is counted as equal already, a CR before the line end included.
 *
 * @param delimiter the word that ends the document
 * @param body      the text, ending with a newline
 */
public record Heredoc(String delimiter, String body) {
    private static final String BASE = "MOODLE_AWS_EOF";

    /** A here-document of {@code text}, whose delimiter appears on no line of it. */
    public static Heredoc of(String text) {
        String body = text.endsWith("\n") ? text : text + "\n";
        String delimiter = BASE;
        for (int n = 1; containsLine(body, delimiter); n++) {
            delimiter = BASE + n;
        }
        return new Heredoc(delimiter, body);
    }

    private static boolean containsLine(String body, String line) {
        for (String l : body.split("\n", -1)) {
            if (l.equals(line) || l.equals(line + "\r")) {
                return true;
            }
        }
        return false;
    }
}
