package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.text.ControlCharacters;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * No text of the model holds a control character, a bidirectional control, a line separator, a
 * byte order mark or an unpaired surrogate. The reader refuses them in a descriptor; this rule
 * gives a model built with the library's builders the same protection before anything renders.
 */
final class TextHasNoControlCharacters implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("SEC-007", Severity.ERROR,
            "No value holds a control character, a bidirectional control or an unpaired surrogate",
            "Remove the character from the value (in moodle-aws.yaml, or where the embedding program builds it): a CR or LF can end a here-document of a boot script early, an ESC can"
                    + " rewrite what a terminal shows, and U+202E can hide text from a reviewer.",
            RuleSource.MOODLE_AWS, "https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        ModelTexts.forEach(deployment, (path, text) -> {
            int at = ControlCharacters.firstRefused(text);
            if (at >= 0) {
                out.at(path, path + " holds the character " + ControlCharacters.name(text, at) + " at position " + (at + 1)
                        + "; values are written into shell, PHP, YAML and Markdown, where it would change their meaning.");
            }
        });
    }
}
