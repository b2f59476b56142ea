package dev.moodleaws.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/** Why the reports cannot be written, in words rather than a bare path. */
final class ReportPlace {
    private ReportPlace() {
    }

    static String cannotWrite(Path folder, Exception e) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "cannot write the reports into " + folder + ": " + existing + " is a file, not a folder;"
                    + " move it away or set -Dmoodle-aws.outputDirectory to a folder";
        }
        return "cannot write the reports into " + folder + ": " + e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
