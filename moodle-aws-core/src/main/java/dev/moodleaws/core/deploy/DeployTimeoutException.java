package dev.moodleaws.core.deploy;

import java.time.Duration;

/** The optional overall time limit passed; the stack carries on on AWS. */
public class DeployTimeoutException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public DeployTimeoutException(String stackName, Duration waited) {
        super(stackName, "Stopped waiting for stack " + stackName + " after " + PrintingDeployListener.format(waited)
                + " (option timeout). The stack continues on AWS: follow it with 'aws cloudformation "
                + "describe-stack-events --stack-name " + stackName + "', or run the deploy again to attach to it.");
        this.waited = waited;
    }

    /** How long the deploy waited. */
    public Duration waited() {
        return waited;
    }
}
