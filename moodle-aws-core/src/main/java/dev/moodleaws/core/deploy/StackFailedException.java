package dev.moodleaws.core.deploy;

import java.util.List;

/** The stack ended in, or is stuck in, a failed state. */
public class StackFailedException extends DeployException {

    private final String status;
    private final List<String> reasons;

    public StackFailedException(String stackName, String status, List<String> reasons, String message) {
        super(stackName, message);
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    /** The stack status, e.g. ROLLBACK_COMPLETE or UPDATE_ROLLBACK_FAILED. */
    public String status() {
        return status;
    }

    /** The first failure reasons from the stack events, oldest first. */
    public List<String> reasons() {
        return reasons;
    }
}
