package dev.moodleaws.core.descriptor;

import java.util.List;
import java.util.stream.Collectors;

/** A descriptor that cannot be read: carries every problem found, in file order. */
public class DescriptorException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<DescriptorProblem> problems;

    public DescriptorException(List<DescriptorProblem> problems) {
        super(problems.stream().map(DescriptorProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<DescriptorProblem> problems() {
        return problems;
    }
}
