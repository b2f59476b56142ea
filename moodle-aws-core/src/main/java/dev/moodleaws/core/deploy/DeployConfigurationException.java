package dev.moodleaws.core.deploy;

/** Region, credentials or another setting is missing or wrong; the message says what to set. */
public class DeployConfigurationException extends DeployException {

    public DeployConfigurationException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public DeployConfigurationException(String message) {
        super(null, message);
    }
}
