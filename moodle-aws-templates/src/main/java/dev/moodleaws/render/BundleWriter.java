package dev.moodleaws.render;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a rendered bundle into the output folder ({@code target/moodle-aws/}) all at once.
 *
 * <p>How: the whole new folder is built in a fresh temporary folder beside the output folder:
 * first every file that is not ours is copied over from the old folder (reports such as
 * {@code validation.json} and {@code validation.sarif} that other goals write there), then the
 * bundle's files (UTF-8, executable where the bundle says so) and a manifest
 * ({@value #MANIFEST}) naming them. Then the old folder is renamed away, the new one renamed in,
 * and the old one deleted. A file the previous manifest lists but the new bundle lacks is therefore
 * gone, while other files survive. If anything fails before the swap, the temporary folder is
 * deleted and the output folder is untouched; if the second rename fails, the old folder is
 * renamed back. Readers never see a half-written bundle.
 */
public final class BundleWriter {
    /** The file in the output folder that lists the files of the last bundle written there. */
    public static final String MANIFEST = ".moodle-aws-bundle";

    /** A step run after each file is staged; tests use it to fail midway. */
    interface StagingHook {
        void staged(Path file) throws IOException;
    }

    private final StagingHook hook;

    public BundleWriter() {
        this(file -> { });
    }

    BundleWriter(StagingHook hook) {
        this.hook = hook;
    }

    /**
     * Replaces the bundle in {@code outDir} by {@code bundle}.
     *
     * @throws UncheckedIOException when it cannot; {@code outDir} then holds what it held before
     */
    public void write(Bundle bundle, Path outDir) {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            if (Files.isDirectory(target)) {
                copyForeignFiles(target, staging);
            }
            for (BundleFile f : bundle.files()) {
                Path file = staging.resolve(f.path()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("bundle path leaves the folder: " + f.path());
                }
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Files.write(file, f.content().getBytes(StandardCharsets.UTF_8));
                setExecutable(file, f.executable());
                hook.staged(file);
            }
            List<String> names = bundle.files().stream().map(BundleFile::path).sorted().toList();
            Files.writeString(staging.resolve(MANIFEST), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
            swap(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + target + "; the previous output is unchanged", e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /** Copies what the previous bundle did not write (and is not the manifest) into the staging folder. */
    private static void copyForeignFiles(Path target, Path staging) throws IOException {
        Set<String> ours = new HashSet<>(previousBundle(target));
        ours.add(MANIFEST);
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = target.relativize(file).toString().replace('\\', '/');
                if (!ours.contains(relative)) {
                    Path copy = staging.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static List<String> previousBundle(Path target) throws IOException {
        Path manifest = target.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName());
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void setExecutable(Path file, boolean executable) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            file.toFile().setExecutable(executable);
            return;
        }
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
        Files.setPosixFilePermissions(file, permissions);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary folder is harmless; the output folder is already in place
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
