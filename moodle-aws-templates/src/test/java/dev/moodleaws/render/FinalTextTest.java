package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.validate.Validator;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.stack.LogicalIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the instances run is decided on the final text: here-document delimiters, the copy of the
 * scripts in the template, Markdown and Mermaid, and templates that cannot run code.
 */
class FinalTextTest {
    /** A renderer without rules, so that values the rules refuse still reach the escapers. */
    private static final Renderer UNCHECKED = new Renderer(TemplateEngine.builtIn(), new Validator(List.of(), List.of()));
    private static final String PAYLOAD = "x\r\nMOODLE_AWS_EOF\r\ntouch /tmp/p\r\n";

    /** The body of the first here-document of {@code script} that writes {@code target}, read line by line as bash does. */
    static String heredoc(String script, String target) {
        List<String> lines = List.of(script.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int open = line.indexOf("<<'");
            if (line.contains(target) && open >= 0) {
                String delimiter = line.substring(open + 3, line.indexOf('\'', open + 3));
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).equals(delimiter); j++) {
                    body.append(lines.get(j)).append('\n');
                }
                return body.toString();
            }
        }
        throw new AssertionError("no here-document writes " + target);
    }

    @Test
    void aCrLfInAValueCannotEndTheHereDocumentOfConfigPhp() {
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().moodle(d.moodle().toBuilder().forcedSettings(Map.of("supportname", PAYLOAD)).build()).build();
        Bundle bundle = UNCHECKED.render(d).bundle();
        String configPhp = bundle.content(BootFiles.CONFIG_PHP);
        for (String script : List.of(bundle.content(BootFiles.WEB_USER_DATA), bundle.content(BootFiles.STABLE_USER_DATA))) {
            assertEquals(configPhp, heredoc(script, "config.php"));
            assertFalse(script.lines().anyMatch("touch /tmp/p"::equals) && !configPhp.contains("touch /tmp/p"));
        }
    }

    @Test
    void theTemplateCarriesTheScriptsOfTheBundleByteForByte(@TempDir Path overrides) throws Exception {
        // A user's template saved with CR LF line endings.
        Path health = overrides.resolve("instance/health.php.ftl");
        Files.createDirectories(health.getParent());
        Files.writeString(health, "<?php\r\n// ours\r\necho 'ok';\r\n");
        Renderer renderer = new Renderer(TemplateEngine.withOverrides(overrides));
        Bundle bundle = renderer.render(Deployments.quickstart()).bundle();
        Map<String, Object> t = CloudFormationTemplateTest.parse(bundle.content(Bundle.TEMPLATE));
        for (var pair : Map.of(LogicalIds.WEB_LAUNCH_TEMPLATE, BootFiles.WEB_USER_DATA,
                LogicalIds.STABLE_LAUNCH_TEMPLATE, BootFiles.STABLE_USER_DATA).entrySet()) {
            String script = bundle.content(pair.getValue());
            String body = script.substring(script.indexOf('\n') + 1);
            String userData = CloudFormationTemplateTest.userDataText(t, pair.getKey());
            assertTrue(userData.contains(body), pair.getValue() + " differs from the user data of " + pair.getKey());
            assertFalse(userData.contains("\r"), "no CR in the user data");
        }
    }

    @Test
    void markdownValuesOpenNoCodeFenceLinkOrHtml() {
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().moodle(d.moodle().toBuilder().wwwroot("https://learn.example.org/<script>x</script>_*[a](b)")
                .code(CodeSource.builder().repository("https://git.example.org/`x`/m.git").ref("v4.5.6").build()).build()).build();
        String runbook = UNCHECKED.render(d).bundle().content(BootFiles.RUNBOOK);
        assertTrue(runbook.contains("https://learn.example.org/\\<script\\>x\\</script\\>\\_\\*\\[a\\]\\(b\\)"), runbook);
        assertTrue(runbook.contains("https://git.example.org/\\`x\\`/m.git"), runbook);
        assertFalse(runbook.contains("<script>"), runbook);
        Deployment fence = d.toBuilder().moodle(d.moodle().toBuilder().code(CodeSource.builder().ref("```").build()).build()).build();
        String fenced = UNCHECKED.render(fence).bundle().content(BootFiles.RUNBOOK);
        assertTrue(fenced.contains("at ```` ``` ````."), "a code span of the ref, one backtick longer than it: " + fenced);
        org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(fenced);
        boolean[] opened = {false};
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.FencedCodeBlock block) {
                opened[0] = true;
            }
        });
        assertFalse(opened[0], "no code fence opens in the runbook");
    }

    @Test
    void aMermaidDirectiveInAValueStaysText() {
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().stable(StableNode.builder().instanceType("%%{init: {'theme':'dark'}}%% m5.large|x").build()).build();
        String diagram = UNCHECKED.render(d).bundle().content(Renderer.DIAGRAM);
        assertFalse(diagram.contains("%%{"), diagram);
        assertTrue(diagram.contains("#37;#37;#123;init: #123;'theme':'dark'#125;#125;#37;#37; m5.large#124;x"), diagram);
    }

    @Test
    void aTemplateOverrideCannotRunCommandsOrReachTheJavaApi(@TempDir Path overrides) throws Exception {
        Path marker = overrides.resolve("ran");
        Files.writeString(overrides.resolve("probe.md.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}\n");
        TemplateEngine engine = TemplateEngine.withOverrides(overrides);
        assertThrows(TemplateRenderException.class, () -> engine.render("probe.md.ftl", Map.of("value", "v")));
        assertFalse(Files.exists(marker));
        Files.writeString(overrides.resolve("probe.md.ftl"), "${value?api.getClass().getName()}\n");
        assertThrows(TemplateRenderException.class, () -> TemplateEngine.withOverrides(overrides).render("probe.md.ftl", Map.of("value", "v")));
        assertNotEquals("", Files.readString(overrides.resolve("probe.md.ftl")));
    }
}
