package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** MOODLE-022: the site address has no user, password, query, fragment or spaces: Moodle builds every link from it and it is written into config.php, the scripts, the template and the runbook. */
final class WwwrootShape extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-022", Severity.ERROR,
            "wwwroot is a plain site address",
            "Write `wwwroot:` as https://host or https://host/path: no user or password, query, fragment, space or port other than digits.",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Configuration_file");

    private static final Pattern ADDRESS = Pattern.compile("https?://[A-Za-z0-9]([A-Za-z0-9.-]{0,252})(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?");
    WwwrootShape() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("moodle.wwwroot", d.moodle().wwwroot());
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        return ADDRESS.matcher(value).matches() && value.length() <= 2000 ? Optional.empty()
                : Optional.of("a site address is https://host[:port][/path] with letters, digits and . _ ~ - / in the path;"
                        + " no user or password, no ? query, no # fragment, no spaces");
    }
}
