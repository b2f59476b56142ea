package dev.moodleaws.core.deploy;

/** The template cannot be passed inline and there is no bucket for it, or it is too large even for S3. */
public class TemplateTooLargeException extends DeployException {

    public TemplateTooLargeException(String stackName, String message) {
        super(stackName, message);
    }
}
