package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard CloudFormation linter finds nothing in the template of any example. It runs when
 * {@code cfn-lint} is on the PATH; elsewhere the strict structural rules (TPL-003) stand in for it.
 */
class CfnLintTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Renderer RENDERER = new Renderer(TemplateEngine.builtIn());

    @Test
    void everyValidExampleAndTestDeploymentLintsClean(@TempDir Path dir) throws Exception {
        assumeTrue(linterPresent(), "cfn-lint is not installed; TPL-003 checks the template structure instead");
        List<Path> files = new ArrayList<>();
        for (Deployment d : deployments()) {
            Path file = dir.resolve(d.name() + "-" + files.size() + ".yaml");
            Files.writeString(file, RENDERER.render(d).bundle().content(Bundle.TEMPLATE), StandardCharsets.UTF_8);
            files.add(file);
        }
        assertTrue(files.size() >= 7, "the examples and the test deployments: " + files);
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cfn-lint did not finish");
        }
        assertEquals("", out.strip(), "cfn-lint findings");
        assertEquals(0, p.exitValue(), "cfn-lint exit code");
    }

    /** Every example whose descriptor validates (one fails on purpose), and the render tests' deployments. */
    private static List<Deployment> deployments() throws Exception {
        List<Deployment> out = new ArrayList<>(List.of(Deployments.quickstart(), Deployments.production(),
                Deployments.existingVpc()));
        List<Path> descriptors;
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            descriptors = dirs.map(d -> d.resolve("moodle-aws.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path descriptor : descriptors) {
            Deployment d = new DescriptorReader(PropertySource.none()).read(descriptor);
            if (!Validator.standard().validate(d).hasErrors()) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean linterPresent() {
        try {
            Process p = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
