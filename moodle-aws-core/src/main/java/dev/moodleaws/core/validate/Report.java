package dev.moodleaws.core.validate;

import java.util.Comparator;
import java.util.List;

/** What validation found, in a stable order (by file, line, column, then rule). */
public final class Report {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location() == null ? "" : f.location().file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message);

    private final List<Finding> findings;

    public Report(List<Finding> findings) {
        this.findings = findings.stream().sorted(ORDER).toList();
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Findings that count: not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public long count(Severity severity) {
        return active().stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public boolean hasWarnings() {
        return count(Severity.WARNING) > 0;
    }

    /** This report and another one, merged. */
    public Report plus(Report other) {
        return new Report(java.util.stream.Stream.concat(findings.stream(), other.findings.stream()).toList());
    }
}
