package dev.moodleaws.core.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/**
 * A report for other programs: pretty-printed JSON of a fixed shape, keys in this order and
 * always present ({@code null} when unknown), findings in report order.
 *
 * <pre>
 * {
 *   "tool" : { "name" : "moodle-aws", "version" : "1.2.0" },
 *   "summary" : { "errors" : 2, "warnings" : 1, "infos" : 0, "suppressed" : 1 },
 *   "findings" : [ {
 *     "ruleId" : "DB-004",          // the rule's stable ID
 *     "severity" : "error",         // error, warning or info
 *     "title" : "...",              // the rule's one-line title
 *     "message" : "...",            // what is wrong, naming the value
 *     "fix" : "...",                // what to change
 *     "subject" : "database.engineVersion",  // key path, or the rendered file's name
 *     "file" : "moodle-aws.yaml",   // the descriptor or rendered file; null when unknown
 *     "line" : 12,                  // 1-based; null when unknown
 *     "column" : 5,                 // 1-based; null when unknown
 *     "suppressed" : false,
 *     "suppressionReason" : null    // the suppression's reason when suppressed
 *   } ]
 * }
 * </pre>
 *
 * <p>The summary counts unsuppressed findings by severity, and suppressed findings separately.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** The whole document. */
    @JsonPropertyOrder({"tool", "summary", "findings"})
    public record Document(ToolInfo tool, Summary summary, List<Entry> findings) {
    }

    /** Which build of moodle-aws wrote it. */
    @JsonPropertyOrder({"name", "version"})
    public record ToolInfo(String name, String version) {
    }

    /** Counts: unsuppressed findings by severity, and all suppressed findings. */
    @JsonPropertyOrder({"errors", "warnings", "infos", "suppressed"})
    public record Summary(long errors, long warnings, long infos, long suppressed) {
    }

    /** One finding. */
    @JsonPropertyOrder({"ruleId", "severity", "title", "message", "fix", "subject", "file", "line", "column",
            "suppressed", "suppressionReason"})
    public record Entry(String ruleId, String severity, String title, String message, String fix, String subject,
            String file, Integer line, Integer column, boolean suppressed, String suppressionReason) {
    }

    /**
     * The report as a document.
     *
     * @param descriptorPath how to name the descriptor, for example {@code moodle-aws.yaml}
     * @param toolVersion    the moodle-aws version, usually {@code Tool.current().version()}
     */
    public static Document document(Report report, String descriptorPath, String toolVersion) {
        Summary summary = new Summary(report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO), report.suppressedCount());
        List<Entry> entries = report.findings().stream().map(f -> entry(f, descriptorPath)).toList();
        return new Document(new ToolInfo(Tool.NAME, toolVersion), summary, entries);
    }

    /** The report as pretty-printed JSON ending in a line break. */
    public static String render(Report report, String descriptorPath, String toolVersion) {
        return Json.pretty(document(report, descriptorPath, toolVersion));
    }

    /** Reads a document this class wrote. */
    public static Document parse(String json) {
        try {
            return Json.MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a moodle-aws JSON report: " + e.getOriginalMessage(), e);
        }
    }

    private static Entry entry(Finding f, String descriptorPath) {
        Place place = Place.of(f, descriptorPath);
        return new Entry(f.rule().id(), f.severity().label(), f.rule().title(), f.message(), f.rule().fix(),
                f.subject(), place.file(), place.line() > 0 ? place.line() : null,
                place.column() > 0 ? place.column() : null, f.suppressed(),
                f.suppressed() ? f.suppression().reason() : null);
    }
}
