package dev.moodleaws.core.deploy;

/**
 * A setting the deploy needs is missing or wrong: {@link #setting()} says which one, so a caller can
 * name it the way its users set it (a Maven property, a command-line flag, a field of a form).
 */
public class DeployConfigurationException extends DeployException {
    private static final long serialVersionUID = 1L;

    /** The setting that is missing or wrong. */
    public enum Setting {
        /** No AWS region could be found. */
        REGION,
        /** No AWS credentials could be found, or the named profile has none. */
        CREDENTIALS,
        /** The endpoint override is not a URL, or nothing answers there. */
        ENDPOINT,
        /** The template needs an S3 bucket, or the named bucket cannot be used. */
        TEMPLATE_BUCKET,
        /** The stack name is not one CloudFormation accepts. */
        STACK_NAME,
        /** Another option (see the message). */
        OTHER
    }

    private final Setting setting;

    public DeployConfigurationException(Setting setting, String stackName, String message, Throwable cause) {
        super(stackName, message, cause);
        this.setting = setting;
    }

    public DeployConfigurationException(Setting setting, String message, Throwable cause) {
        this(setting, null, message, cause);
    }

    public DeployConfigurationException(Setting setting, String message) {
        this(setting, null, message, null);
    }

    /** Which setting to fix. */
    public Setting setting() {
        return setting;
    }
}
