package dev.moodleaws.core.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered file.
 *
 * @param path       path relative to the output folder, with forward slashes
 * @param content    its text
 * @param executable whether it is written with the executable bit
 */
public record BundleFile(String path, String content, boolean executable) {
    public BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("bundle paths are relative and stay inside the folder: " + path);
        }
    }

    public int sizeInBytes() {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }
}
