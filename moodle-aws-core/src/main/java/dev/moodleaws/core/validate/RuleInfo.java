package dev.moodleaws.core.validate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable ID such as {@code DB-004}, its severity, a one-line title, how to
 * fix what it finds, and where the knowledge comes from.
 *
 * @param id        stable ID, {@code GROUP-NNN}
 * @param severity  default severity of its findings
 * @param title     one line: what must hold
 * @param fix       what the user changes to satisfy it
 * @param source    where it comes from
 * @param reference a document or page that backs it (a URL, or a section of the guide)
 */
public record RuleInfo(String id, Severity severity, String title, String fix, RuleSource source, String reference) {
    private static final Pattern ID = Pattern.compile("[A-Z]{2,6}-\\d{3}");

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ID must look like DB-004: " + id);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
    }

    /** The group of the ID, e.g. {@code DB} for {@code DB-004}. */
    public String group() {
        return id.substring(0, id.indexOf('-'));
    }
}
