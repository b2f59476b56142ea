package dev.moodleaws.core.deploy;

/** A deploy that could not finish; the message says what happened and what to do. */
public class DeployException extends RuntimeException {

    private final String stackName;

    public DeployException(String stackName, String message) {
        super(message);
        this.stackName = stackName;
    }

    public DeployException(String stackName, String message, Throwable cause) {
        super(message, cause);
        this.stackName = stackName;
    }

    /** The stack concerned, or null when the failure is not about one stack. */
    public String stackName() {
        return stackName;
    }
}
