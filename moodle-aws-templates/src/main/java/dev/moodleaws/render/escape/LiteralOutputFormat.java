package dev.moodleaws.render.escape;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format whose auto-escaping turns every {@code ${value}} into a complete
 * literal of the target language (see {@link Escape}). Templates therefore never quote values
 * themselves; text that must go in raw is marked {@code ?no_esc} and comes from Java.
 */
public final class LiteralOutputFormat extends CommonMarkupOutputFormat<LiteralOutputFormat.Model> {
    public static final LiteralOutputFormat YAML = new LiteralOutputFormat("moodle-aws-yaml", "application/yaml", Escape::yaml);
    public static final LiteralOutputFormat PHP = new LiteralOutputFormat("moodle-aws-php", "application/x-php", Escape::php);
    public static final LiteralOutputFormat SHELL = new LiteralOutputFormat("moodle-aws-shell", "application/x-sh", Escape::shell);

    private final String name;
    private final String mimeType;
    private final UnaryOperator<String> escaper;

    private LiteralOutputFormat(String name, String mimeType, UnaryOperator<String> escaper) {
        this.name = name;
        this.mimeType = mimeType;
        this.escaper = escaper;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getMimeType() {
        return mimeType;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escaper.apply(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escaper.apply(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent, this);
    }

    /** Markup produced in this format. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        private final LiteralOutputFormat format;

        Model(String plainTextContent, String markupContent, LiteralOutputFormat format) {
            super(plainTextContent, markupContent);
            this.format = format;
        }

        @Override
        public LiteralOutputFormat getOutputFormat() {
            return format;
        }
    }
}
