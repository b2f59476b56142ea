package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The public CloudFormation linter, {@code cfn-lint}, run once over many templates. Where it is not
 * installed, tests that need it are skipped on a developer's machine and fail in CI
 * ({@code CI=true}), which installs it.
 */
final class Linter {
    private static final String COMMAND = "cfn-lint";

    private Linter() {
    }

    /** Skips the calling test when the linter is missing, or fails it in CI. */
    static void requireInstalled() {
        if (installed()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(COMMAND + " is not installed: CI must install it (.ci/run)");
        }
        assumeTrue(false, COMMAND + " is not installed; TPL-003 checks the template structure instead");
    }

    /** The linter's findings on {@code templates}, one line each ({@code file:line:column:...:rule:message}). */
    static List<String> findings(List<Path> templates) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(COMMAND, "--format", "parseable"));
        templates.forEach(t -> command.add(t.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(COMMAND + " did not finish");
        }
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        if (p.exitValue() != 0 && lines.isEmpty()) {
            fail(COMMAND + " failed with exit code " + p.exitValue() + " and no findings");
        }
        return lines;
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder(COMMAND, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
