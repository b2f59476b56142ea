package dev.moodleaws.render;

/**
 * Validating, rendering or writing a bundle failed. The subclasses say why:
 * {@link RenderRefusedException} (the deployment has validation errors),
 * {@link TemplateRenderException} (a template is broken), {@link TemplateOverridesException} (the
 * override folder cannot be used) and {@link BundleWriteException} (the bundle cannot be written).
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
