package dev.moodleaws.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and reference must be what {@link DescriptorSchema} generates. Run with
 * {@code -Dmoodle-aws.refreshDocs=true} to rewrite them.
 */
class DescriptorDocsTest {
    private static final String REFRESH = "moodle-aws.refreshDocs";
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void committedCopiesAreFresh() throws IOException {
        Map<Path, String> generated = Map.of(
                MODULE.resolveSibling("docs").resolve("moodle-aws.schema.json"), DescriptorSchema.jsonSchema(),
                MODULE.resolve("src/main/resources/dev/moodleaws/core/moodle-aws.schema.json"), DescriptorSchema.jsonSchema(),
                MODULE.resolveSibling("docs").resolve("descriptor.md"), DescriptorSchema.markdownReference());
        boolean refresh = Boolean.getBoolean(REFRESH);
        for (Map.Entry<Path, String> e : generated.entrySet()) {
            Path file = e.getKey();
            if (refresh) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertEquals(e.getValue(), committed, file + " is stale: regenerate it with "
                    + "./mvnw -o test -pl moodle-aws-core -Dtest=DescriptorDocsTest -D" + REFRESH + "=true and commit the result");
        }
    }

    @Test
    void theJarCarriesTheSchema() throws IOException {
        try (var in = DescriptorDocsTest.class.getResourceAsStream("/dev/moodleaws/core/moodle-aws.schema.json")) {
            if (Boolean.getBoolean(REFRESH) && in == null) {
                return; // written by the refresh above; on the classpath from the next build
            }
            assertEquals(DescriptorSchema.jsonSchema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
