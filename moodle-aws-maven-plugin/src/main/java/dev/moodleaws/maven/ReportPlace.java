package dev.moodleaws.maven;

import dev.moodleaws.core.report.ReportFiles;
import java.nio.file.Path;

/** Why the reports cannot be written, in words rather than a bare path. */
final class ReportPlace {
    private ReportPlace() {
    }

    static String cannotWrite(Path folder, Exception e) {
        String why = ReportFiles.cannotWrite(folder, e);
        return why.endsWith(" is a file, not a folder")
                ? why + "; move it away or set -Dmoodle-aws.outputDirectory to a folder" : why;
    }
}
