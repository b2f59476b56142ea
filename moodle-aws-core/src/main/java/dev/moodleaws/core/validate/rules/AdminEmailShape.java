package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** MOODLE-024: the first administrator's e-mail is an e-mail address; Moodle's installer refuses anything else. */
final class AdminEmailShape extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-024", Severity.ERROR,
            "The administrator e-mail is an address",
            "Write `adminEmail:` under `moodle:` as name@example.org.",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Installing_Moodle#Command_line_installer");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    AdminEmailShape() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("moodle.adminEmail", d.moodle().adminEmail());
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        return EMAIL.matcher(value).matches() ? Optional.empty() : Optional.of("an e-mail address is name@host.example");
    }
}
