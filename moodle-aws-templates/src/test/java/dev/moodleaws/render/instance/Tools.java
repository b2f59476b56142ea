package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real tools the rendered files are checked with. */
public final class Tools {
    private Tools() {
    }

    /** What a finished command printed and returned. */
    record Result(int exit, String out) {
    }

    public static boolean available(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Skips the calling test when the tool is missing on a developer's machine; fails it in CI
     * ({@code CI=true}), where a missing tool would hide the checks it runs.
     */
    public static void assumeInstalled(String tool) {
        boolean present = available(tool);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(tool + " is not installed, and CI=true requires it (.ci/run installs it)");
        }
        assumeTrue(present, tool + " is not installed: skipping the checks that run it (CI installs it)");
    }

    static Result run(List<String> command, Map<String, String> env, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        }
    }

    static Result run(List<String> command) {
        return run(command, Map.of(), null);
    }
}
