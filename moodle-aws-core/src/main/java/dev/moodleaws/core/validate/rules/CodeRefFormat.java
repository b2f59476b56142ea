package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Map;
import java.util.Optional;

/** MOODLE-020: the code reference is a git reference name, never an option for git. */
final class CodeRefFormat extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-020", Severity.ERROR,
            "The code reference is a git reference name",
            "Write a tag, branch or commit as `ref:` under `moodle.code:`, e.g. `ref: v4.5.6`; it never starts with '-'.",
            RuleSource.MOODLE_AWS, "https://git-scm.com/docs/git-check-ref-format");

    CodeRefFormat() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        return d.moodle().code().ref() == null ? Map.of() : Map.of("moodle.code.ref", d.moodle().code().ref());
    }

    @Override
    Optional<String> problem(String path, String value) {
        return GitRefs.problem(value).map(p -> p + "; every node runs git fetch with it as root");
    }
}
