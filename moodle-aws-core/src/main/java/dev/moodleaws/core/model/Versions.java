package dev.moodleaws.core.model;

import java.util.regex.Pattern;

/** Compares dotted version strings numerically ({@code 8.0.39} &lt; {@code 8.4}). */
public final class Versions {
    /** Compiled once: {@code String.split} would compile this two-character class on every call. */
    private static final Pattern SEPARATOR = Pattern.compile("[.\\-]");

    private Versions() {
    }

    /**
     * Compares the leading numeric parts of two versions; a part that is not a number ends the
     * comparison (so {@code 8.0.mysql_aurora.3.08.0} compares as {@code 8.0}).
     */
    public static int compare(String a, String b) {
        String[] x = SEPARATOR.split(a);
        String[] y = SEPARATOR.split(b);
        int n = Math.max(x.length, y.length);
        for (int i = 0; i < n; i++) {
            Integer p = i < x.length ? number(x[i]) : Integer.valueOf(0);
            Integer q = i < y.length ? number(y[i]) : Integer.valueOf(0);
            if (p == null || q == null) {
                return 0;
            }
            int c = Integer.compare(p, q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The first {@code parts} numeric parts of a version, e.g. {@code majorMinor("8.0.39", 2) = "8.0"}. */
    public static String prefix(String version, int parts) {
        String[] p = version.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(parts, p.length); i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(p[i]);
        }
        return out.toString();
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(s);
    }
}
