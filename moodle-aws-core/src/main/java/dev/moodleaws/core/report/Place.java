package dev.moodleaws.core.report;

import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.validate.Finding;

/**
 * Where a finding points, as reports show it: the descriptor (under the display path the caller
 * gives) for model findings, the rendered file for artifact findings.
 *
 * @param file     the file to show, or null when the finding has no location
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param artifact whether the file is a rendered artifact rather than the descriptor
 */
record Place(String file, int line, int column, boolean artifact) {

    static Place of(Finding finding, String descriptorPath) {
        Location l = finding.location();
        if (l == null) {
            return new Place(null, 0, 0, false);
        }
        // Findings.inArtifact names the artifact both as subject and as location file; a model
        // finding's subject is a key path, never the descriptor's file name.
        boolean artifact = l.file().equals(finding.subject());
        return new Place(artifact ? l.file() : descriptorPath, Math.max(l.line(), 0), Math.max(l.column(), 0), artifact);
    }

    boolean known() {
        return file != null;
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    String display() {
        return new Location(file, line, column).toString();
    }
}
