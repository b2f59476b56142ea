package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
    private final TemplateEngine engine = TemplateEngine.builtIn();

    @Test
    void yamlTemplatesQuoteAndEscapeEveryInterpolation() {
        String out = engine.render("probe.yaml.ftl", Map.of("value", "a\"b\nc: d", "raw", "!Ref X"));
        assertEquals("key: \"a\\\"b\\nc: d\"\nraw: !Ref X\n", out);
    }

    @Test
    void phpTemplatesWriteSingleQuotedLiterals() {
        assertEquals("$x = 'it\\'s \\\\';\n", engine.render("probe.php.ftl", Map.of("value", "it's \\")));
    }

    @Test
    void shellTemplatesWriteSingleQuotedWords() {
        assertEquals("x='a'\"'\"'$(b)'\n", engine.render("probe.sh.ftl", Map.of("value", "a'$(b)")));
    }

    @Test
    void otherTemplatesArePlainText() {
        assertEquals("plain <a'b>\n", engine.render("probe.md.ftl", Map.of("value", "<a'b>")));
    }

    @Test
    void aUserFolderOverridesTemplatesByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("probe.md.ftl"), "mine ${value}\n");
        TemplateEngine overridden = TemplateEngine.withOverrides(dir);
        assertEquals("mine v\n", overridden.render("probe.md.ftl", Map.of("value", "v")));
        assertEquals("key: \"v\"\nraw: r\n", overridden.render("probe.yaml.ftl", Map.of("value", "v", "raw", "r")));
    }

    @Test
    void aMissingOverrideFolderIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> TemplateEngine.withOverrides(dir.resolve("nope")));
    }
}
