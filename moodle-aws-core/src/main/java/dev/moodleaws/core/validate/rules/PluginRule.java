package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import java.util.List;

/** A rule on each entry of {@code moodle.plugins}, told its index and the plugin facts of the site's release. */
abstract class PluginRule implements ModelRule {
    private final RuleInfo info;

    PluginRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final void check(Deployment deployment, Findings out) {
        List<Plugin> plugins = deployment.moodle().plugins();
        PluginFacts.Release facts = PluginFacts.of(deployment.moodle().version());
        for (int i = 0; i < plugins.size(); i++) {
            check(new Entry(i, plugins.get(i), plugins), facts, out);
        }
    }

    /** Checks one entry. */
    abstract void check(Entry entry, PluginFacts.Release facts, Findings out);

    /** One entry of the list, with its neighbours. */
    record Entry(int index, Plugin plugin, List<Plugin> all) {
        /** The key path of the entry, or of one of its keys when {@code key} is not empty. */
        String path(String key) {
            return "moodle.plugins[" + index + "]" + (key.isEmpty() ? "" : "." + key);
        }
    }
}
