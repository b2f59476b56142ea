package dev.moodleaws.core.descriptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The hostile-input corpus: descriptors written to break the reader, the rules and the renderer,
 * listed in {@code index.txt} with what must happen to each.
 *
 * @param file    the descriptor's file name
 * @param outcome {@code reader} (refused when read), {@code rule} (read, refused by a rule) or {@code ok} (renders)
 * @param key     the key path the message names ({@code -} for the file as a whole)
 * @param where   {@code line:column} of the message, a {@code line:} prefix, or {@code -}
 * @param schema  {@code same} when the JSON Schema gives the reader's verdict; {@code blind} for limits it cannot state
 */
public record Corpus(String file, String outcome, String key, String where, String schema) {
    /** The corpus folder, from the folder of a module's build (the tests run there). */
    public static final Path FOLDER = locate();

    /** The properties the corpus is read with: one secret in the environment, which must never be filled in. */
    public static final Map<String, String> PROPERTIES = Map.of("env.AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    private static Path locate() {
        Path here = Path.of("src/test/resources/dev/moodleaws/core/corpus");
        return Files.isDirectory(here) ? here : Path.of("../moodle-aws-core").resolve(here);
    }

    public static List<Corpus> all() throws IOException {
        return Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> new Corpus(f[0], f[1], f[2], f[3], f[4]))
                .toList();
    }

    public Path path() {
        return FOLDER.resolve(file);
    }

    @Override
    public String toString() {
        return file;
    }
}
