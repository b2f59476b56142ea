package dev.moodleaws.render;

/** A template failed to render: a defect in a template (ours or a user's override), never in the input. */
public final class TemplateRenderException extends RenderException {
    private static final long serialVersionUID = 1L;

    private final String template;

    public TemplateRenderException(String template, Exception cause) {
        super("template " + template + " failed: " + cause.getMessage(), cause);
        this.template = template;
    }

    public String template() {
        return template;
    }
}
