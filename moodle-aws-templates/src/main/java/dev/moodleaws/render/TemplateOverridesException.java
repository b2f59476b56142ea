package dev.moodleaws.render;

import java.nio.file.Path;

/** The folder of template overrides does not exist or cannot be read. */
public final class TemplateOverridesException extends RenderException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public TemplateOverridesException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    /** The folder that was named. */
    public Path folder() {
        return folder;
    }
}
