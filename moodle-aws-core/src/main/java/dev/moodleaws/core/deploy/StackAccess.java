package dev.moodleaws.core.deploy;

import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * What the stack operations beside deploy (drift, destroy) work with: the CloudFormation client,
 * where progress goes, the clock and how to wait; missing ones get the real clock and sleeper.
 */
record StackAccess(CloudFormationClient cfn, DeployListener listener, Clock clock, Sleeper sleeper) {
    StackAccess {
        Objects.requireNonNull(cfn, "cfn");
        listener = listener == null ? new DeployListener() { } : listener;
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.system() : sleeper;
    }

    ApiCalls calls(String stackName) {
        return new ApiCalls(sleeper, clock, listener, stackName, Deployer.endpointOf(cfn), java.util.Optional.empty());
    }
}
