package dev.moodleaws.core.deploy;

/**
 * The deploy call was interrupted. When it happened after the change set was executed, the
 * stack carries on on AWS and the message says how to follow it; a new deploy attaches to it.
 */
public class DeployInterruptedException extends DeployException {

    private final boolean stackStillWorking;

    public DeployInterruptedException(String stackName, boolean stackStillWorking, String message) {
        super(stackName, message);
        this.stackStillWorking = stackStillWorking;
    }

    /** Whether CloudFormation was still working on the stack when the deploy stopped waiting. */
    public boolean stackStillWorking() {
        return stackStillWorking;
    }

    static DeployInterruptedException whileWorking(String stackName, String what) {
        return new DeployInterruptedException(stackName, true, what + " Stack " + stackName
                + " continues on AWS. Follow it with 'aws cloudformation describe-stack-events --stack-name "
                + stackName + "', or run the deploy again: it attaches to the running operation and waits for it.");
    }
}
