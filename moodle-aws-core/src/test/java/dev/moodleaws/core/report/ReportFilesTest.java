package dev.moodleaws.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path temp;

    @Test
    void writesJsonAndSarifAndLeavesNothingElse() throws IOException {
        Path folder = temp.resolve("target/moodle-aws");
        ReportFiles.write(folder, Reports.located(), "moodle-aws.yaml", "1.2.3");

        assertEquals(List.of("validation.json", "validation.sarif"), listing(folder));
        assertEquals(JsonReport.render(Reports.located(), "moodle-aws.yaml", "1.2.3"),
                Files.readString(folder.resolve("validation.json")));
        assertEquals(SarifReport.render(Reports.located(), "moodle-aws.yaml", "1.2.3"),
                Files.readString(folder.resolve("validation.sarif")));
    }

    @Test
    void replacesAnEarlierReport() throws IOException {
        Files.writeString(temp.resolve("validation.json"), "old and much longer than the new content ".repeat(100));
        ReportFiles.writeAtomically(temp.resolve("validation.json"), "{}\n");

        assertEquals("{}\n", Files.readString(temp.resolve("validation.json")));
        assertEquals(List.of("validation.json"), listing(temp));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
