package dev.moodleaws.core.report;

import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;

/**
 * A report for people and build logs, in the style of a compiler: one line per finding, then an
 * indented {@code fix:} line, and a summary line at the end.
 *
 * <pre>
 * moodle-aws.yaml:12:5: error DB-004: engine version 5.7 is not supported by Moodle 5.0
 *     fix: Set database.engineVersion to 8.0 or later.
 * web.instanceTypes: warning FLEET-003: only 2 instance types
 *     fix: List 3 to 6 instance types.
 * moodle-aws.yaml:30:7: error LB-002: the listener accepts plain HTTP (suppressed: internal site)
 * 2 errors, 1 warning, 0 info, 1 suppressed
 * </pre>
 *
 * <p>The location is left out when it is unknown (a model built in Java) and the key path is shown
 * instead. A suppressed finding has no fix line; it does not count in the summary except as
 * suppressed.
 */
public final class TextReport {
    private TextReport() {
    }

    /**
     * The report as text, each line ending in {@code \n}.
     *
     * @param descriptorPath how to show the descriptor, for example {@code moodle-aws.yaml}
     */
    public static String render(Report report, String descriptorPath) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(entry(f, descriptorPath)).append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /**
     * One finding as it appears in the report: its line, then (unless suppressed) an indented fix
     * line, with no final line break. Tools that log each finding at its own level use this.
     */
    public static String entry(Finding f, String descriptorPath) {
        StringBuilder out = new StringBuilder();
        out.append(where(f, descriptorPath)).append(": ")
                .append(f.severity().label()).append(' ').append(f.rule().id()).append(": ")
                .append(oneLine(f.message()));
        if (f.suppressed()) {
            out.append(" (suppressed: ").append(oneLine(f.suppression().reason())).append(")");
        } else {
            out.append("\n    fix: ").append(oneLine(f.rule().fix()));
        }
        return out.toString();
    }

    /** {@code 2 errors, 1 warning, 0 info, 1 suppressed}. */
    public static String summary(Report report) {
        return plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", "
                + report.count(Severity.INFO) + " info, "
                + report.suppressedCount() + " suppressed";
    }

    private static String where(Finding f, String descriptorPath) {
        Place place = Place.of(f, descriptorPath);
        if (!place.known()) {
            return f.subject();
        }
        if (place.line() > 0 || place.artifact()) {
            return place.display();
        }
        return place.file() + ": " + f.subject();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
