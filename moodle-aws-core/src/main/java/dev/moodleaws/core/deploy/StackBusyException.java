package dev.moodleaws.core.deploy;

/** Another operation is running on the stack and the options say not to wait for it. */
public class StackBusyException extends DeployException {

    public StackBusyException(String stackName, String status) {
        super(stackName, "Stack " + stackName + " is busy (" + status + ") with an operation this deploy did not start. "
                + "Wait for it to finish, or let the deploy wait for it (-Dmoodle-aws.waitForBusyStack=true, the default).");
    }
}
