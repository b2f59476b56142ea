package dev.moodleaws.core.deploy;

/** The template cannot be passed inline and there is no bucket for it, or it is too large even for S3. */
public class TemplateTooLargeException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final int bytes;
    private final boolean bucketWouldHelp;

    public TemplateTooLargeException(String stackName, int bytes, boolean bucketWouldHelp, String message) {
        super(stackName, message);
        this.bytes = bytes;
        this.bucketWouldHelp = bucketWouldHelp;
    }

    /** The template's size in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Whether naming a template bucket would let the deploy go on (false: too large even for S3). */
    public boolean bucketWouldHelp() {
        return bucketWouldHelp;
    }
}
