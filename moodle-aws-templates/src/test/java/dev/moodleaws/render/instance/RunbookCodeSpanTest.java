package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.model.Alerts;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.MailSecurity;
import dev.moodleaws.core.descriptor.Corpus;
import dev.moodleaws.render.escape.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Values shown as Markdown code arrive verbatim and inert, backticks included; escaping never throws. */
class RunbookCodeSpanTest {
    private static final List<String> HOSTILE = List.of("a`b", "`", "``", "```", "`lead", "trail`", "a``b```c", " spaced ",
            "x`` `` y", "<script>alert(1)</script>", "*not emphasis*", "[link](http://x)", "| cell |", "$(id) `id`",
            "é 😀 \\ \\`");

    private static List<String> codeLiterals(String markdown) {
        List<String> literals = new ArrayList<>();
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                literals.add(code.getLiteral());
            }
        });
        return literals;
    }

    @Test
    void everyValueBecomesOneCodeSpanOfExactlyItself() {
        for (String value : HOSTILE) {
            String markdown = "Before " + Escape.markdownCode(value) + " after.\n";
            assertEquals(List.of(value), codeLiterals(markdown), markdown);
        }
    }

    @Test
    void theHostileCorpusValuesNeverMakeItThrow() throws IOException {
        for (Corpus c : Corpus.all()) {
            String text = new String(Files.readAllBytes(c.path()), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String span = Escape.markdownCode(line);
                assertEquals(1, codeLiterals("x " + span + " y\n").size(), c + ": " + line);
            }
        }
        assertEquals("` `", Escape.markdownCode(""));
        assertEquals("a b", Escape.markdownCodeContent("a\r\nb"));
    }

    @Test
    void aRelayUserAndAddressesWithBackticksReachTheRunbookAsCode() {
        String user = "mo`od``le";
        String noReply = "no`reply@example.org";
        String alert = "ops`@example.org";
        Deployment d = Fixtures.deployment(m -> m.mail(Mail.builder().mode(MailMode.RELAY).host("smtp.example.org").port(587)
                .security(MailSecurity.STARTTLS).user(user).noReplyAddress(noReply)
                .passwordSecretArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:relay-AbCdEf").build()));
        d = d.toBuilder().alerts(new Alerts(List.of(alert))).build();

        String runbook = Fixtures.render(d).files().stream().filter(f -> f.path().equals(BootFiles.RUNBOOK))
                .findFirst().orElseThrow().content();

        List<String> literals = codeLiterals(runbook);
        assertTrue(literals.contains(user), literals.toString());
        assertTrue(literals.contains(noReply), literals.toString());
        assertTrue(literals.contains(alert), literals.toString());
    }
}
