package dev.moodleaws.core.validate.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-numbered matching on a rendered text file. */
final class ArtifactLines {
    private ArtifactLines() {
    }

    /** The 1-based numbers of the lines of {@code text} that {@code pattern} finds something in. */
    static List<Integer> matching(String text, Pattern pattern) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (pattern.matcher(all[i]).find()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    /** The text of line {@code number} (1-based), trimmed and shortened for a message. */
    static String line(String text, int number) {
        String l = text.split("\n", -1)[number - 1].strip();
        return l.length() > 120 ? l.substring(0, 117) + "..." : l;
    }
}
