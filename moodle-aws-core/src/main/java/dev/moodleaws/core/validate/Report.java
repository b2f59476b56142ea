package dev.moodleaws.core.validate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What validation found, in a stable order (by file, line, column, then rule, subject and
 * message). Suppressed findings are kept but do not count.
 */
public final class Report {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location() == null ? "" : f.location().file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message);

    private static final Report EMPTY = new Report(List.of());

    private final List<Finding> findings;

    public Report(List<Finding> findings) {
        this.findings = findings.stream().sorted(ORDER).toList();
    }

    /** A report with no findings. */
    public static Report empty() {
        return EMPTY;
    }

    /** Every finding, suppressed or not, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Findings that count: not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** Findings a suppression accepted. */
    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** How many findings of this severity count (suppressed ones do not). */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
    }

    /** How many findings were suppressed, of any severity. */
    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** Whether an unsuppressed error blocks render and deploy. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public boolean hasWarnings() {
        return count(Severity.WARNING) > 0;
    }

    /** This report and another one, merged. */
    public Report plus(Report other) {
        return new Report(Stream.concat(findings.stream(), other.findings.stream()).toList());
    }
}
