package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** A plugin's component is {@code type_name} with a plugin type of the site's Moodle release. */
final class PluginComponentName extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-001", Severity.ERROR,
            "A plugin's component is type_name with a plugin type of the Moodle release",
            "Write the component as in the plugin's version.php ($plugin->component), such as mod_attendance, under `moodle.plugins:` in moodle-aws.yaml.",
            RuleSource.MOODLE, "https://moodledev.io/docs/apis/plugintypes");

    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9]*_[a-z][a-z0-9_]*");

    PluginComponentName() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        Plugin p = e.plugin();
        if (!COMPONENT.matcher(p.component()).matches()) {
            out.at(e.path("component"), e.path("component") + " is " + p.component() + ", not type_name in lower case"
                    + " letters, digits and underscores: Moodle would not recognise the folder.");
        } else if (!facts.types().contains(p.type())) {
            out.at(e.path("component"), e.path("component") + " is " + p.component() + ", but " + p.type()
                    + " is not a plugin type of Moodle " + facts.label() + " (lib/components.json); subplugins are not"
                    + " installed this way.");
        }
    }
}
