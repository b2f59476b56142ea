package dev.moodleaws.core.report;

import dev.moodleaws.core.validate.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the machine-readable reports into a folder, each file replaced atomically so that a
 * reader never sees half a report.
 */
public final class ReportFiles {
    /** The JSON report's file name. */
    public static final String JSON = "validation.json";
    /** The SARIF report's file name. */
    public static final String SARIF = "validation.sarif";

    private ReportFiles() {
    }

    /**
     * Writes {@value #JSON} and {@value #SARIF} into {@code folder}, creating it if needed.
     *
     * @param descriptorPath the descriptor's path relative to the project root
     * @param toolVersion    the moodle-aws version to state
     */
    public static void write(Path folder, Report report, String descriptorPath, String toolVersion) throws IOException {
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(JSON), JsonReport.render(report, descriptorPath, toolVersion));
        writeAtomically(folder.resolve(SARIF), SarifReport.render(report, descriptorPath, toolVersion));
    }

    /** Writes UTF-8 text to a temporary file beside {@code target}, then moves it into place. */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Why the reports cannot be written into {@code folder}, in words rather than a bare path: a
     * file where a folder must be is named as such.
     *
     * @param folder the output folder
     * @param e      what writing threw
     * @return the sentence, without advice on which option to change
     */
    public static String cannotWrite(Path folder, Exception e) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "cannot write the reports into " + folder + ": " + existing + " is a file, not a folder";
        }
        return "cannot write the reports into " + folder + ": " + e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
