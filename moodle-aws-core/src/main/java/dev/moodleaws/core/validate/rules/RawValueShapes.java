package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.RawShape;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/**
 * MOODLE-023: values the boot scripts write raw into files without quoting of their own (fstab,
 * web server configuration, php.ini, package names) have the shape the renderer writes.
 */
final class RawValueShapes implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-023", Severity.ERROR,
            "Paths, sizes, versions and package names written raw have a safe form",
            "Write folders as absolute paths of letters, digits, '.', '_', '-' and '/', sizes as a number with K, M or G,"
                    + " the health check path as a URL path, and PHP versions and extensions as plain words.",
            RuleSource.MOODLE_AWS, "Values written into fstab, php.ini, the web server configuration and package lists");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment d, Findings out) {
        Moodle m = d.moodle();
        shape(out, "moodle.dataroot", m.dataroot(), RawShape.PATH);
        shape(out, "moodle.codeRoot", m.codeRoot(), RawShape.PATH);
        shape(out, "moodle.directoryPermissions", m.directoryPermissions(), RawShape.OCTAL);
        shape(out, "moodle.php.version", m.php().version(), RawShape.WORD);
        shape(out, "moodle.php.memoryLimit", m.php().memoryLimit(), RawShape.SIZE);
        shape(out, "moodle.php.uploadMaxSize", m.php().uploadMaxSize(), RawShape.SIZE);
        List<String> extensions = m.php().extraExtensions();
        for (int i = 0; i < extensions.size(); i++) {
            shape(out, "moodle.php.extraExtensions[" + i + "]", extensions.get(i), RawShape.WORD);
        }
        shape(out, "loadBalancer.healthCheck.path", d.loadBalancer().healthCheck().path(), RawShape.URL_PATH);
    }

    private static void shape(Findings out, String path, String value, RawShape shape) {
        if (value != null && !shape.matches(value)) {
            out.at(path, path + " is '" + value + "': it is written into the boot files as it is, so it must be " + shape.expected());
        }
    }
}
