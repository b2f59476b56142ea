package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    private static Bundle bundle(String version, String... extra) {
        List<BundleFile> files = new java.util.ArrayList<>(List.of(
                new BundleFile("cloudformation.yaml", "Resources: " + version + "\n", false),
                new BundleFile("instances/web-user-data.sh", "#!/bin/bash\necho " + version + " é\n", true)));
        for (String path : extra) {
            files.add(new BundleFile(path, version, false));
        }
        return new Bundle(files);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAsUtf8WithItsExecutableBit(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("target/moodle-aws");
        new BundleWriter().write(bundle("one"), out);
        assertEquals("Resources: one\n", Files.readString(out.resolve("cloudformation.yaml")));
        byte[] script = Files.readAllBytes(out.resolve("instances/web-user-data.sh"));
        assertEquals("#!/bin/bash\necho one é\n", new String(script, StandardCharsets.UTF_8));
        assertTrue(Files.isExecutable(out.resolve("instances/web-user-data.sh")));
        assertFalse(Files.isExecutable(out.resolve("cloudformation.yaml")));
        assertEquals(List.of("moodle-aws"), listing(tmp.resolve("target")), "no temporary folders left");
    }

    @Test
    void keepsOtherGoalsFilesAndDropsStaleBundleFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("moodle-aws");
        new BundleWriter().write(bundle("one", "RUNBOOK.md"), out);
        Files.writeString(out.resolve("validation.json"), "{}");
        Files.createDirectories(out.resolve("reports"));
        Files.writeString(out.resolve("reports/validation.sarif"), "sarif");
        new BundleWriter().write(bundle("two"), out);
        assertEquals("{}", Files.readString(out.resolve("validation.json")));
        assertEquals("sarif", Files.readString(out.resolve("reports/validation.sarif")));
        assertFalse(Files.exists(out.resolve("RUNBOOK.md")), "a file of the previous bundle only is removed");
        assertEquals("Resources: two\n", Files.readString(out.resolve("cloudformation.yaml")));
        assertEquals(List.of("moodle-aws"), listing(tmp));
    }

    @Test
    void aFailureMidwayLeavesThePreviousOutputIntact(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("moodle-aws");
        new BundleWriter().write(bundle("one"), out);
        Files.writeString(out.resolve("validation.json"), "{}");
        BundleWriter failing = new BundleWriter(file -> {
            if (file.getFileName().toString().endsWith(".sh")) {
                throw new IOException("disk full");
            }
        });
        assertThrows(UncheckedIOException.class, () -> failing.write(bundle("two"), out));
        assertEquals("Resources: one\n", Files.readString(out.resolve("cloudformation.yaml")));
        assertEquals("#!/bin/bash\necho one é\n", Files.readString(out.resolve("instances/web-user-data.sh")));
        assertEquals("{}", Files.readString(out.resolve("validation.json")));
        assertEquals(List.of("moodle-aws"), listing(tmp), "no half-written folder left");
    }

    @Test
    void theSameBundleWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        Bundle b = new Renderer(TemplateEngine.builtIn()).render(Deployments.production()).bundle();
        new BundleWriter().write(b, tmp.resolve("a"));
        new BundleWriter().write(b, tmp.resolve("b"));
        for (BundleFile f : b.files()) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("a").resolve(f.path()), tmp.resolve("b").resolve(f.path())), f.path());
        }
    }
}
