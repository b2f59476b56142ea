package dev.moodleaws.render;

import dev.moodleaws.render.escape.LiteralOutputFormat;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * FreeMarker set up once: templates from the classpath, optionally overridden by name from a
 * user's folder, with auto-escaping chosen by the template's name: {@code *.yaml.ftl},
 * {@code *.php.ftl} and {@code *.sh.ftl} escape every interpolation into a literal of that
 * language; other templates (Markdown, Mermaid) are plain text, their values escaped in Java
 * ({@link dev.moodleaws.render.escape.Escape#markdownText}, the diagram's labels). No template can
 * create Java objects or call the Java API. Thread-safe once built.
 */
public final class TemplateEngine {
    /** Where the built-in templates live on the classpath. */
    public static final String CLASSPATH_ROOT = "/dev/moodleaws/render/templates";

    private final Configuration configuration;

    private TemplateEngine(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The built-in templates only. */
    public static TemplateEngine builtIn() {
        return new TemplateEngine(configure(null));
    }

    /** Templates in {@code overrides} replace the built-in ones of the same name. */
    public static TemplateEngine withOverrides(Path overrides) {
        if (overrides == null) {
            return builtIn();
        }
        if (!Files.isDirectory(overrides)) {
            throw new IllegalArgumentException("template override folder does not exist: " + overrides);
        }
        return new TemplateEngine(configure(overrides));
    }

    /**
     * Renders the template {@code name} (for example {@code cloudformation.yaml.ftl}) with a view
     * model. The text has LF line endings whatever the template was saved with: it is final here,
     * so a here-document delimiter chosen on it and the copy of it in the CloudFormation template
     * see the same bytes as the file written into the bundle.
     */
    public String render(String name, Object viewModel) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            template.process(viewModel, out);
            return out.toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name, e);
        } catch (TemplateException e) {
            throw new TemplateRenderException(name, e);
        }
    }

    private static Configuration configure(Path overrides) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader classpath = new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_ROOT);
        if (overrides == null) {
            cfg.setTemplateLoader(classpath);
        } else {
            try {
                cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(overrides.toFile()), classpath}));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template override folder " + overrides, e);
            }
        }
        cfg.setRegisteredCustomOutputFormats(List.of(LiteralOutputFormat.YAML, LiteralOutputFormat.PHP, LiteralOutputFormat.SHELL));
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                byName("*.yaml.ftl", LiteralOutputFormat.YAML),
                byName("*.php.ftl", LiteralOutputFormat.PHP),
                byName("*.sh.ftl", LiteralOutputFormat.SHELL))
                .allowNoMatch(true));
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates, the user's overrides included, cannot make Java objects (?new, e.g. Execute) nor reach the Java API (?api).
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setWhitespaceStripping(true);
        return cfg;
    }

    private static ConditionalTemplateConfigurationFactory byName(String glob, LiteralOutputFormat format) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(format);
        tc.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(glob), tc);
    }
}
