package dev.moodleaws.core.validate;

import dev.moodleaws.core.descriptor.DescriptorProblem;
import dev.moodleaws.core.model.Location;
import java.util.List;

/**
 * A descriptor that could not be read, as a report: each reader problem becomes a finding of
 * {@link RuleCatalog#UNREADABLE} at its place, so the text, JSON and SARIF reports of a failed run
 * say what failed instead of keeping the previous run's verdict.
 */
public final class ReadFailure {
    private ReadFailure() {
    }

    /** The report of the problems of a descriptor shown as {@code descriptorPath}. */
    public static Report report(List<DescriptorProblem> problems, String descriptorPath) {
        return new Report(problems.stream().map(p -> new Finding(RuleCatalog.UNREADABLE, p.message(),
                p.path().isEmpty() ? descriptorPath : p.path(),
                new Location(descriptorPath, p.location().line(), p.location().column()), null)).toList());
    }

    /** The report of one problem with the descriptor as a whole (missing, a folder, unreadable). */
    public static Report report(String message, String descriptorPath) {
        return report(List.of(new DescriptorProblem(Location.ofFile(descriptorPath), "", message)), descriptorPath);
    }
}
