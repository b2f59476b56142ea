package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** A git plugin's ref is a commit: a tag or branch can move, and nodes booting later would run other code. */
final class PluginRefIsCommit extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-005", Severity.WARNING,
            "A git plugin's ref is a full commit",
            "Write the 40-digit commit of the tag as `ref:` under `moodle.plugins:` in moodle-aws.yaml (git rev-parse <tag>^{commit}).",
            RuleSource.MOODLE_AWS, "https://git-scm.com/docs/git-rev-parse");

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    PluginRefIsCommit() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        Plugin p = e.plugin();
        if (p.git() != null && p.ref() != null && !COMMIT.matcher(p.ref()).matches()) {
            out.at(e.path("ref"), e.path("ref") + " is " + p.ref() + " (" + p.component() + "), a name that can be moved"
                    + " to other code: a node that boots after it moves runs different plugin code than the others and"
                    + " than the database was upgraded for.");
        }
    }
}
