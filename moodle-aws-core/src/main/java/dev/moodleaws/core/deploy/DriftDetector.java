package dev.moodleaws.core.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackDriftDetectionStatusResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceDriftsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDriftStatus;

/**
 * Asks CloudFormation which resources of a stack were changed outside it: starts drift
 * detection, waits for it (with the deployer's polling and retries), and collects every modified
 * or deleted resource with its differing properties.
 */
public final class DriftDetector {
    private final StackAccess aws;

    private DriftDetector(StackAccess aws) {
        this.aws = aws;
    }

    /** Works through {@code cfn}; a null listener, clock or sleeper means none, the system clock, real waits. */
    public static DriftDetector of(CloudFormationClient cfn, DeployListener listener, Clock clock, Sleeper sleeper) {
        return new DriftDetector(new StackAccess(cfn, listener, clock, sleeper));
    }

    /**
     * Detects the drift of {@code stackName}.
     *
     * @param timeout give up waiting after this long, if present
     * @throws DeployException            the stack does not exist or detection could not start
     * @throws DeployTimeoutException     detection took longer than the timeout
     * @throws DeployInterruptedException the calling thread was interrupted
     */
    public DriftReport detect(String stackName, Optional<Duration> timeout) {
        ApiCalls calls = aws.calls(stackName);
        Instant start = aws.clock().instant();
        try {
            String id = calls.call("DetectStackDrift", () -> aws.cfn().detectStackDrift(b -> b.stackName(stackName)))
                    .stackDriftDetectionId();
            aws.listener().waiting("detecting drift of stack " + stackName);
            PollBackoff backoff = new PollBackoff();
            DescribeStackDriftDetectionStatusResponse status;
            while (true) {
                if (timeout.isPresent() && !aws.clock().instant().isBefore(start.plus(timeout.get()))) {
                    throw new DeployTimeoutException(stackName, Duration.between(start, aws.clock().instant()));
                }
                aws.sleeper().sleep(backoff.next());
                status = calls.call("DescribeStackDriftDetectionStatus",
                        () -> aws.cfn().describeStackDriftDetectionStatus(b -> b.stackDriftDetectionId(id)));
                if (!"DETECTION_IN_PROGRESS".equals(status.detectionStatusAsString())) {
                    break;
                }
            }
            List<DriftReport.ResourceDrift> drifted = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                DescribeStackResourceDriftsResponse page = calls.call("DescribeStackResourceDrifts",
                        () -> aws.cfn().describeStackResourceDrifts(b -> b.stackName(stackName).nextToken(next)
                                .stackResourceDriftStatusFilters(StackResourceDriftStatus.MODIFIED,
                                        StackResourceDriftStatus.DELETED)));
                page.stackResourceDrifts().forEach(d -> drifted.add(resource(d)));
                token = page.nextToken();
            } while (token != null);
            return new DriftReport(stackName, status.detectionStatusAsString(),
                    "DETECTION_COMPLETE".equals(status.detectionStatusAsString()) ? null : status.detectionStatusReason(),
                    drifted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployInterruptedException(stackName, DeployPhase.PREPARING,
                    "Drift detection of stack " + stackName + " interrupted; nothing was changed.");
        }
    }

    private static DriftReport.ResourceDrift resource(StackResourceDrift d) {
        return new DriftReport.ResourceDrift(d.logicalResourceId(), d.physicalResourceId(), d.resourceType(),
                d.stackResourceDriftStatusAsString(), d.propertyDifferences().stream()
                .map(p -> new DriftReport.PropertyDrift(p.propertyPath(), p.expectedValue(), p.actualValue(),
                        p.differenceTypeAsString())).toList());
    }
}
