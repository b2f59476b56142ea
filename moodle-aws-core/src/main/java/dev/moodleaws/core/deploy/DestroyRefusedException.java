package dev.moodleaws.core.deploy;

/** Destroy did not start: the stack name was not confirmed, or the stack cannot be deleted as it is. */
public class DestroyRefusedException extends DeployException {
    private final boolean needsConfirmation;

    public DestroyRefusedException(String stackName, boolean needsConfirmation, String message) {
        super(stackName, message);
        this.needsConfirmation = needsConfirmation;
    }

    /** Whether giving the stack name again would let the destroy go ahead. */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }
}
