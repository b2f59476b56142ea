package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** A plugin is not one of Moodle's standard plugins, which the code already holds. */
final class PluginNotStandard extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-003", Severity.ERROR,
            "A plugin is not one of Moodle's standard plugins",
            "Remove the entry from `moodle.plugins:` in moodle-aws.yaml: the standard plugin comes with Moodle's code and upgrades with it.",
            RuleSource.MOODLE, "https://moodledev.io/general/community/plugincontribution/checklist");

    PluginNotStandard() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        if (facts.standard().contains(e.plugin().component())) {
            out.at(e.path("component"), e.path("component") + " is " + e.plugin().component() + ", a standard plugin of Moodle "
                    + facts.label() + " (lib/plugins.json): installing it would overwrite the code's own copy.");
        }
    }
}
