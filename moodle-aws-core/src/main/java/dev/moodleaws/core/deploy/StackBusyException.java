package dev.moodleaws.core.deploy;

/** Another operation is running on the stack and the options say not to wait for it. */
public class StackBusyException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final String status;

    public StackBusyException(String stackName, String status) {
        super(stackName, "Stack " + stackName + " is busy (" + status + ") with an operation this deploy did not start. "
                + "Wait for it to finish, or let the deploy wait for it (option waitForBusyStack).");
        this.status = status;
    }

    /** The stack's status when the deploy gave up, for example UPDATE_IN_PROGRESS. */
    public String status() {
        return status;
    }
}
