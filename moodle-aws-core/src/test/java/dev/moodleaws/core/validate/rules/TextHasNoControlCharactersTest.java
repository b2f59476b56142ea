package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.web;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model built with the library's builders gets the reader's protection against control characters. */
class TextHasNoControlCharactersTest {

    @Test
    void everyTextOfABuilderBuiltModelIsCheckedAtItsKeyPath() {
        Deployment d = moodle(m -> m.siteFullName("Campus\u001b[2K")
                .forcedSettings(Map.of("supportname", "x\r\nMOODLE_AWS_EOF\r\ntouch /tmp/p"))
                .forcedPluginSettings(Map.of("auth_ldap", Map.of("host_url", "ldap://a\u202eb"))));
        d = d.toBuilder().tags(Map.of("a\tb", "ok"))
                .web(d.web().toBuilder().instanceTypes(List.of("m7i.large", "m7g.large\ud800", "c7i.large")).build()).build();

        List<Finding> found = check(new TextHasNoControlCharacters(), d);

        assertEquals(List.of("moodle.siteFullName", "moodle.forcedSettings.supportname",
                        "moodle.forcedPluginSettings.auth_ldap.host_url", "tags.a\\u0009b", "web.instanceTypes[1]").stream().sorted().toList(),
                found.stream().map(Finding::subject).sorted().toList());
        for (Finding f : found) {
            assertTrue(f.message().contains("U+"), f.message());
            assertFalse(f.message().contains("\u001b") || f.message().contains("\r") || f.message().contains("\t"), f.message());
        }
    }

    @Test
    void aModelOfPlainTextPasses() {
        assertPasses(new TextHasNoControlCharacters(), valid());
        assertPasses(new TextHasNoControlCharacters(), web(w -> w.instanceTypes(List.of("m7i.large", "c7i.large", "t3.large"))));
        assertPasses(new TextHasNoControlCharacters(), moodle(m -> m.siteFullName("Campus d'été 😀 \"quoted\" $x `y`")));
    }
}
