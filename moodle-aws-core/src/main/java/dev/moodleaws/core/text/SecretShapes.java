package dev.moodleaws.core.text;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text shaped like a secret, whatever key it is written under: a password in a URL
 * ({@code https://user:pass@host}), an AWS access key id, a private key block, a
 * {@code NAME=value} line whose name says secret, or a 40-character AWS secret access key.
 * {@link #mask(String)} hides them in messages; {@link #find(String)} says what a value holds.
 */
public final class SecretShapes {
    private static final String URL_PASSWORD_REGEX = "(?<=://)([^/\\s@:]*):([^/\\s@]+)@";
    private static final String ACCESS_KEY_ID_REGEX = "\\b(AKIA|ASIA)[0-9A-Z]{16}\\b";
    private static final String PRIVATE_KEY_REGEX = "-----BEGIN [A-Z ]*PRIVATE KEY-----";
    private static final String SECRET_ACCESS_KEY_REGEX = "(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[a-z])"
            + "(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])";
    /** Every shape {@link #find} knows, as one regular expression (JSON Schema {@code pattern} dialect too). */
    public static final String ANY_REGEX = String.join("|", URL_PASSWORD_REGEX, ACCESS_KEY_ID_REGEX, PRIVATE_KEY_REGEX,
            SECRET_ACCESS_KEY_REGEX);

    private static final Pattern URL_PASSWORD = Pattern.compile(URL_PASSWORD_REGEX);
    private static final Pattern ACCESS_KEY_ID = Pattern.compile(ACCESS_KEY_ID_REGEX);
    private static final Pattern PRIVATE_KEY = Pattern.compile(PRIVATE_KEY_REGEX + "[^-]*(-----END [A-Z ]*PRIVATE KEY-----)?");
    /** {@code NAME=value} or {@code name: value} whose name ends in a secret word ({@code AWS_SECRET_ACCESS_KEY=...}). */
    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)([A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|private_?key|access_?key|credentials?))"
                    + "(\\s*=\\s*|:\\s+)([^\\s'\",;]+)");
    private static final Pattern SECRET_ACCESS_KEY = Pattern.compile(SECRET_ACCESS_KEY_REGEX);
    private static final String MASK = "****";

    private SecretShapes() {
    }

    /** What secret a value holds, named for a message (never quoting it), or empty. */
    public static Optional<String> find(String text) {
        if (URL_PASSWORD.matcher(text).find()) {
            return Optional.of("a password in a URL (user:password@)");
        }
        if (ACCESS_KEY_ID.matcher(text).find()) {
            return Optional.of("an AWS access key id");
        }
        if (PRIVATE_KEY.matcher(text).find()) {
            return Optional.of("a private key");
        }
        if (SECRET_ACCESS_KEY.matcher(text).find()) {
            return Optional.of("a 40-character AWS secret access key");
        }
        return Optional.empty();
    }

    /**
     * The secrets in a longer text, line by line: each 1-based line number that holds one, with
     * what it holds (as {@link #find} names it). Only lines that could hold a shape are matched,
     * so a large file is scanned in about the time it takes to read it.
     */
    public static SortedMap<Integer, String> findByLine(String text) {
        SortedMap<Integer, String> found = new TreeMap<>();
        int start = 0;
        for (int line = 1; start <= text.length(); line++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String l = text.substring(start, end);
            if (mayHoldShape(l)) {
                int number = line;
                find(l).ifPresent(what -> found.put(number, what));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return found;
    }

    /** Whether a line has what every shape needs: a URL, a key prefix, a key block, or a 40-character key run. */
    private static boolean mayHoldShape(String line) {
        return line.contains("://") || line.contains("AKIA") || line.contains("ASIA") || line.contains("-----BEGIN")
                || hasKeyLengthRun(line);
    }

    private static boolean hasKeyLengthRun(String line) {
        int run = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '/' || c == '+' || c == '=')) {
                run++;
            } else {
                if (run == 40) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    /** {@code text} with every secret-shaped part replaced by {@value #MASK}. */
    public static String mask(String text) {
        String out = URL_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        out = ACCESS_KEY_ID.matcher(out).replaceAll(m -> m.group(1) + MASK);
        out = PRIVATE_KEY.matcher(out).replaceAll("-----BEGIN PRIVATE KEY----- " + MASK);
        out = NAMED_SECRET.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        return SECRET_ACCESS_KEY.matcher(out).replaceAll(MASK);
    }
}
