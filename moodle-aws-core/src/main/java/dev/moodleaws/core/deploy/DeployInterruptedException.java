package dev.moodleaws.core.deploy;

/**
 * The plan or deploy call was interrupted. {@link #phase()} says where it stood: before anything
 * changed, while waiting for another operation, while the stack was working (it carries on on AWS
 * and a new deploy attaches to it), or after the stack settled.
 */
public class DeployInterruptedException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final DeployPhase phase;

    public DeployInterruptedException(String stackName, DeployPhase phase, String message) {
        super(stackName, message);
        this.phase = phase;
    }

    /** Where the deploy stood when it was interrupted. */
    public DeployPhase phase() {
        return phase;
    }

    /** Whether CloudFormation was still working on the stack when the deploy stopped waiting. */
    public boolean stackStillWorking() {
        return phase == DeployPhase.EXECUTING || phase == DeployPhase.WAITING_FOR_OTHER_OPERATION;
    }

    static DeployInterruptedException of(String stackName, DeployPhase phase, String settledStatus) {
        String what = switch (phase) {
            case PREPARING -> "Deploy of stack " + stackName + " interrupted before executing; this deploy changed "
                    + "nothing.";
            case WAITING_FOR_OTHER_OPERATION -> "Deploy of stack " + stackName + " interrupted while waiting for "
                    + "another operation on it; this deploy changed nothing, and that operation continues on AWS.";
            case EXECUTING -> "Deploy interrupted while waiting for stack " + stackName + ". Stack " + stackName
                    + " continues on AWS. Follow it with 'aws cloudformation describe-stack-events --stack-name "
                    + stackName + "', or run the deploy again: it attaches to the running operation and waits for it.";
            case SETTLED, DONE -> "Deploy of stack " + stackName + " interrupted after the stack reached "
                    + settledStatus + "; nothing runs on it now. Run the deploy again to make sure termination "
                    + "protection and the stack policy are in place.";
        };
        return new DeployInterruptedException(stackName, phase, what);
    }
}
