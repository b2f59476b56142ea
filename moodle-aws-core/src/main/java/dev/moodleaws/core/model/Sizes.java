package dev.moodleaws.core.model;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes written the PHP and MySQL way: {@code 256M}, {@code 1G}, {@code 65536}. */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([KkMmGg]?)");

    private Sizes() {
    }

    /** Bytes of a size such as {@code 256M}, or empty when it is not of that form. */
    public static OptionalLong toBytes(String size) {
        if (size == null) {
            return OptionalLong.empty();
        }
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase()) {
            case "K" -> OptionalLong.of(n * 1024L);
            case "M" -> OptionalLong.of(n * 1024L * 1024L);
            case "G" -> OptionalLong.of(n * 1024L * 1024L * 1024L);
            default -> OptionalLong.of(n);
        };
    }

    public static boolean isSize(String size) {
        return toBytes(size).isPresent();
    }
}
