package dev.moodleaws.render;

import java.nio.file.Path;

/** The bundle could not be written; the folder holds what it held before. The cause is the I/O error. */
public final class BundleWriteException extends RenderException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public BundleWriteException(Path folder, Throwable cause) {
        super("cannot write the bundle into " + folder + ": " + cause.getMessage(), cause);
        this.folder = folder;
    }

    /** Where the bundle was to go. */
    public Path folder() {
        return folder;
    }
}
