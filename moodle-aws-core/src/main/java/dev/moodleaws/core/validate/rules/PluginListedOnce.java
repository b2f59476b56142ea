package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** Each plugin is listed once: two sources for one folder would overwrite each other. */
final class PluginListedOnce extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-002", Severity.ERROR,
            "Each plugin is listed once",
            "Keep one entry per component under `moodle.plugins:` in moodle-aws.yaml.",
            RuleSource.MOODLE_AWS, "https://moodledev.io/docs/apis/commonfiles/version.php");

    PluginListedOnce() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        for (int earlier = 0; earlier < e.index(); earlier++) {
            if (e.all().get(earlier).component().equals(e.plugin().component())) {
                out.at(e.path("component"), e.path("") + " installs " + e.plugin().component() + " again (moodle.plugins["
                        + earlier + "] does already).");
                return;
            }
        }
    }
}
