package dev.moodleaws.core.validate.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-numbered matching on a rendered text file. */
final class ArtifactLines {
    private ArtifactLines() {
    }

    /** The 1-based numbers of the lines of {@code text} that {@code pattern} finds something in. */
    static List<Integer> matching(String text, Pattern pattern) {
        List<Integer> lines = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int start = 0;
        for (int line = 1; ; line++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (m.region(start, end).find()) {
                lines.add(line);
            }
            if (newline < 0) {
                return lines;
            }
            start = newline + 1;
        }
    }

    /**
     * The same as {@link #matching(String, Pattern)}, faster for a pattern that is slow to try at
     * every position: the pattern only runs on the lines that contain one of {@code hints}, ignoring
     * case. Every match of the pattern must contain one of the hints (lower-case ASCII, no line
     * break), ignoring ASCII case.
     */
    static List<Integer> matching(String text, Pattern pattern, List<String> hints) {
        // Lower-casing keeps every line break and adds none, so line numbers carry over.
        String lower = text.toLowerCase(Locale.ROOT);
        int[] lowerStarts = lineStarts(lower);
        TreeSet<Integer> candidates = new TreeSet<>();
        for (String hint : hints) {
            for (int at = lower.indexOf(hint); at >= 0; at = lower.indexOf(hint, at + 1)) {
                candidates.add(lineOf(lowerStarts, at));
            }
        }
        int[] starts = lineStarts(text);
        List<Integer> lines = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int line : candidates) {
            int end = line < starts.length ? starts[line] - 1 : text.length();
            if (m.region(starts[line - 1], end).find()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The text of line {@code number} (1-based), trimmed and shortened for a message. */
    static String line(String text, int number) {
        String l = text.split("\n", -1)[number - 1].strip();
        return l.length() > 120 ? l.substring(0, 117) + "..." : l;
    }

    /** Where each line starts. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            starts.add(at + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line of a position. */
    private static int lineOf(int[] starts, int position) {
        int i = java.util.Arrays.binarySearch(starts, position);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
