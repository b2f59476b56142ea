package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * A place in a file: the descriptor for model findings, a rendered artifact for artifact findings.
 *
 * @param file   file name as shown to the user
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {
    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** A location naming only the file. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
