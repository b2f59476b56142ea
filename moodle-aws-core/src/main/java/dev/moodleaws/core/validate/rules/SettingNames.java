package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** MOODLE-025: forced setting and plugin names are names Moodle can have: letters, digits and underscores. */
final class SettingNames extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-025", Severity.ERROR,
            "Forced setting names are PHP property names",
            "Write each key of `moodle.forcedSettings` as a Moodle setting name (letters, digits and _), and each plugin of `moodle.forcedPluginSettings` as its component name such as tool_mobile.",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Administration_via_command_line#Custom_site_defaults");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    SettingNames() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        d.moodle().forcedSettings().keySet().forEach(k -> out.put("moodle.forcedSettings." + k, k));
        d.moodle().forcedPluginSettings().forEach((plugin, settings) -> {
            out.put("moodle.forcedPluginSettings." + plugin, plugin);
            settings.keySet().forEach(k -> out.put("moodle.forcedPluginSettings." + plugin + "." + k, k));
        });
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        return NAME.matcher(value).matches() ? Optional.empty()
                : Optional.of("a Moodle setting or plugin name has letters, digits and underscores, and starts with a letter or _");
    }
}
