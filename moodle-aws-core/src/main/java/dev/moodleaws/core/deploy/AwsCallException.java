package dev.moodleaws.core.deploy;

/**
 * An AWS call failed for good: refused, or still failing when the retries ran out. Names the call,
 * the HTTP status and AWS error code (when there was an answer) and, when it could be read, the
 * stack's status afterwards. The SDK's exception is the cause.
 */
public class AwsCallException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final String action;
    private final int httpStatus;
    private final String errorCode;
    private final String stackStatus;

    public AwsCallException(String stackName, String action, int httpStatus, String errorCode, String message,
                            String stackStatus, Throwable cause) {
        super(stackName, message, cause);
        this.action = action;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.stackStatus = stackStatus;
    }

    /** The call, for example {@code CloudFormation DescribeStacks} or {@code S3 PutObject}. */
    public String action() {
        return action;
    }

    /** The HTTP status of the last answer, or 0 when there was none (no connection, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The AWS error code, for example {@code InternalFailure}, or null when there was no answer. */
    public String errorCode() {
        return errorCode;
    }

    /** The stack's status read after the failure, or null when there is no stack or it could not be read. */
    public String stackStatus() {
        return stackStatus;
    }

    /** The same failure, with the stack's status read afterwards. */
    AwsCallException withStackStatus(String status) {
        String now = status == null ? "" : " Stack " + stackName() + " is " + status + " now.";
        AwsCallException copy = new AwsCallException(stackName(), action, httpStatus, errorCode, getMessage() + now,
                status, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
