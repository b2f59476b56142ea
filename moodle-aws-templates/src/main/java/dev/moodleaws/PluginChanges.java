package dev.moodleaws;

import dev.moodleaws.core.deploy.ChangeAction;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.Replacement;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.render.stack.PluginVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plugin changes of a plan: each plugin added, removed or moved to another pin, from the pins
 * the stack holds (its {@code PluginVersions} parameter) to the pins planned now. A removal is a
 * data-losing change: Moodle keeps a plugin's tables, settings and files when its code disappears,
 * so it is refused unless the plugin was uninstalled first and the removal allowed by its component
 * name, like the replacement of a database.
 */
final class PluginChanges {
    /** The type plan lists plugin changes under. */
    static final String TYPE = "Moodle::Plugin";

    private PluginChanges() {
    }

    /** The changes from {@code current} (the stack's pins, empty for a new stack) to {@code planned}. */
    static List<PlannedChange> between(Deployment d, PluginVersions current, PluginVersions planned) {
        List<PlannedChange> out = new ArrayList<>();
        Map<String, String> before = current.pins();
        for (Plugin p : d.moodle().plugins()) {
            String pin = planned.pins().get(p.component());
            String old = before.get(p.component());
            if (old == null) {
                out.add(change(ChangeAction.ADD, p.component(), null, List.of(source(p) + " at " + pin)));
            } else if (!old.equals(pin)) {
                out.add(change(ChangeAction.MODIFY, p.component(), null, List.of(source(p) + ": " + old + " -> " + pin
                        + " (the stable node upgrades the site to it)")));
            }
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!planned.pins().containsKey(e.getKey())) {
                out.add(change(ChangeAction.REMOVE, e.getKey(), uninstallFirst(d, e.getKey()),
                        List.of("was at " + e.getValue())));
            }
        }
        return out;
    }

    private static PlannedChange change(ChangeAction action, String component, String dataHeld, List<String> details) {
        return new PlannedChange(action, component, null, TYPE, Replacement.NOT_APPLICABLE, dataHeld, List.of(), details);
    }

    private static String source(Plugin p) {
        return p.git() != null ? "git " + p.git() + " " + p.ref() : (p.zip() != null ? p.zip() : p.s3()) + " sha256";
    }

    /** What a removal leaves behind, and Moodle's way to remove a plugin. */
    static String uninstallFirst(Deployment d, String component) {
        String cli = Effective.cliDir(d.moodle()) + "/uninstall_plugins.php";
        return "its tables, settings and files stay in the site, orphaned, when only its code goes; uninstall it "
                + "first while it is still declared (on the stable node: sudo -u " + Effective.webUser(d.moodle().os())
                + " php " + cli + " --plugins=" + component + " --run), then allow the removal with allowReplacement="
                + component;
    }
}
