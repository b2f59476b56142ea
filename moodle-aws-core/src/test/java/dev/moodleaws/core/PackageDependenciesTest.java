package dev.moodleaws.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages depend one way: rules on the validator, never back; the deployer on neither. */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/main/java/dev/moodleaws/core");

    private static List<String> imports(String pkg, Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") && forbidden.matcher(line).find()) {
                        found.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theValidatorDoesNotImportThePackagesOfItsRules() throws IOException {
        assertEquals(List.of(), imports("validate", Pattern.compile("dev\\.moodleaws\\.core\\.validate\\.(rules|artifact|boot)\\.")));
    }

    @Test
    void theDeployerDoesNotImportTheValidator() throws IOException {
        assertEquals(List.of(), imports("deploy", Pattern.compile("dev\\.moodleaws\\.core\\.validate")));
    }

    @Test
    void theBundleImportsNothingOfTheValidatorOrTheDeployer() throws IOException {
        assertEquals(List.of(), imports("bundle", Pattern.compile("dev\\.moodleaws\\.core\\.(validate|deploy)")));
    }
}
