package dev.moodleaws.site;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the site test needs on the machine: root, namespaces, the servers and tools it runs. */
final class Prerequisites {
    static final List<String> TOOLS = List.of("ip", "unshare", "nsenter", "runuser", "flock", "openssl", "socat", "curl",
            "php", "mariadbd", "mariadb", "mariadb-dump", "mariadb-install-db", "redis-server", "redis-cli", "haproxy", "apache2ctl",
            "nginx", "a2enmod", "tar", "xz", "unzip", "useradd");

    private Prerequisites() {
    }

    /** What is missing, in words; empty when the site test can run. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root (namespaces and mounts)");
        }
        for (String tool : TOOLS) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty() && !namespacesWork()) {
            missing.add("mount and network namespaces (unshare --mount --net failed: a container without CAP_SYS_ADMIN?)");
        }
        if (!anyOnPath("php-fpm8.2", "php-fpm8.3", "php-fpm8.4")) {
            missing.add("php-fpm");
        }
        if (System.getenv("MOODLE_SRC") == null && !Files.isRegularFile(TestSite.archives().resolve("moodle-4.5.0-notests.tar.xz"))) {
            missing.add("Moodle release archives in " + TestSite.archives() + " (or a MOODLE_SRC folder)");
        }
        return missing;
    }

    /** Fails in CI (CI=true) when anything is missing; elsewhere skips with a loud message. */
    static void require() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "THE SITE TEST DID NOT RUN: missing " + String.join(", ", missing)
                + " (.ci/run installs the packages; run as root)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        System.err.println("\n*** " + message + " ***\n");
        assumeTrue(false, message);
    }

    private static boolean namespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "--mount", "--net", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean anyOnPath(String... tools) {
        for (String t : tools) {
            if (onPath(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean onPath(String tool) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
