package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * A git plugin's ref is a name git accepts. A branch or tag is fine: plan and deploy pin it to the
 * commit it points at (the stack's {@code PluginVersions} parameter), as they pin the code's ref.
 */
final class PluginRefFormat extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-005", Severity.ERROR,
            "A git plugin's ref is a git reference name",
            "Write a tag, branch or commit as `ref:` under `moodle.plugins:` in moodle-aws.yaml, e.g. `ref: v4.5.1`;"
                    + " it never starts with '-'.",
            RuleSource.MOODLE_AWS, "https://git-scm.com/docs/git-check-ref-format");

    PluginRefFormat() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        Plugin p = e.plugin();
        if (p.git() != null && p.ref() != null) {
            GitRefs.problem(p.ref()).ifPresent(why -> out.at(e.path("ref"), e.path("ref") + " of " + p.component()
                    + " is no git reference name: " + why + "."));
        }
    }
}
