package dev.moodleaws.core.deploy;

import java.time.Duration;

/** The optional overall time limit passed; the stack carries on on AWS. */
public class DeployTimeoutException extends DeployException {

    public DeployTimeoutException(String stackName, Duration waited) {
        super(stackName, "Stopped waiting for stack " + stackName + " after " + PrintingDeployListener.format(waited)
                + " (-Dmoodle-aws.timeoutMinutes). The stack continues on AWS: follow it with 'aws cloudformation "
                + "describe-stack-events --stack-name " + stackName + "', or run the deploy again to attach to it.");
    }
}
