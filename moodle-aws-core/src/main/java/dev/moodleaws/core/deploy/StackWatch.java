package dev.moodleaws.core.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Follows one stack operation through its events until the stack reaches a settled status.
 * Only events newer than the baseline are fetched (pages are read until a known event appears),
 * deduplicated by event ID, reported oldest first with resources done of total and elapsed time.
 * One DescribeStackEvents call per poll; polls back off from 2 s to 4 s while nothing happens.
 * When the events stay quiet for three polls, DescribeStacks confirms the status, so a missed
 * event cannot make the wait endless.
 */
final class StackWatch {

    private static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    private static final int MAX_PAGES = 20;
    private static final int QUIET_POLLS_BEFORE_CHECK = 3;

    private final CloudFormationClient cfn;
    private final ApiCalls calls;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DeployListener listener;
    private final String stackName;
    private final String stackId;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> doneResources = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private String lastClientToken;

    StackWatch(CloudFormationClient cfn, ApiCalls calls, Sleeper sleeper, Clock clock, DeployListener listener,
               String stackName, String stackId) {
        this.cfn = cfn;
        this.calls = calls;
        this.sleeper = sleeper;
        this.clock = clock;
        this.listener = listener;
        this.stackName = stackName;
        this.stackId = stackId;
    }

    /** Marks the events present now as seen; returns the newest one's client request token. */
    String baseline() throws InterruptedException {
        DescribeStackEventsResponse page = calls.call("DescribeStackEvents",
                () -> cfn.describeStackEvents(b -> b.stackName(stackId)));
        page.stackEvents().forEach(e -> seen.add(e.eventId()));
        lastClientToken = page.stackEvents().isEmpty() ? null : page.stackEvents().get(0).clientRequestToken();
        return lastClientToken;
    }

    /** The failure reasons seen so far, oldest first. */
    List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    /**
     * Polls until the stack settles and returns its status.
     *
     * @param total    resource changes expected (0 when unknown)
     * @param start    when the deploy started, for elapsed time
     * @param deadline when to give up, if any
     */
    String follow(int total, Instant start, Optional<Instant> deadline) throws InterruptedException {
        PollBackoff backoff = new PollBackoff();
        int quietPolls = 0;
        while (true) {
            if (deadline.isPresent() && !clock.instant().isBefore(deadline.get())) {
                throw new DeployTimeoutException(stackName, Duration.between(start, clock.instant()));
            }
            sleeper.sleep(backoff.next());
            List<StackEvent> fresh = newEvents();
            String settled = null;
            for (StackEvent e : fresh) {
                report(e, total, start);
                if (isThisStack(e) && StackState.of(e.resourceStatusAsString()).settled()) {
                    settled = e.resourceStatusAsString();
                }
            }
            if (settled != null) {
                return settled;
            }
            if (fresh.isEmpty()) {
                quietPolls++;
                if (quietPolls >= QUIET_POLLS_BEFORE_CHECK) {
                    quietPolls = 0;
                    Optional<Stack> stack = describe();
                    if (stack.isEmpty()) {
                        return "DELETE_COMPLETE";
                    }
                    if (StackState.of(stack.get().stackStatusAsString()).settled()) {
                        newEvents().forEach(e -> report(e, total, start));
                        return stack.get().stackStatusAsString();
                    }
                }
            } else {
                quietPolls = 0;
                backoff.reset();
            }
        }
    }

    private Optional<Stack> describe() throws InterruptedException {
        List<Stack> stacks = calls.call("DescribeStacks", () -> cfn.describeStacks(b -> b.stackName(stackId)))
                .stacks();
        return stacks.stream().findFirst();
    }

    /** Events not seen yet, oldest first. */
    private List<StackEvent> newEvents() throws InterruptedException {
        List<StackEvent> fresh = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String next = token;
            DescribeStackEventsResponse response = calls.call("DescribeStackEvents",
                    () -> cfn.describeStackEvents(b -> b.stackName(stackId).nextToken(next)));
            boolean reachedSeen = false;
            for (StackEvent e : response.stackEvents()) {
                if (seen.contains(e.eventId())) {
                    reachedSeen = true;
                    break;
                }
                fresh.add(e);
            }
            token = response.nextToken();
            if (reachedSeen || token == null) {
                break;
            }
        }
        Collections.reverse(fresh);
        List<StackEvent> unique = new ArrayList<>();
        for (StackEvent e : fresh) {
            if (seen.add(e.eventId())) {
                unique.add(e);
            }
        }
        return unique;
    }

    private void report(StackEvent e, int total, Instant start) {
        String status = e.resourceStatusAsString();
        if (!isThisStack(e) && status != null && status.endsWith("_COMPLETE") && !status.contains("ROLLBACK")) {
            doneResources.add(e.logicalResourceId());
        }
        if (status != null && status.endsWith("_FAILED") && e.resourceStatusReason() != null
                && !e.resourceStatusReason().contains("cancelled")) {
            failures.add(e.logicalResourceId() + ": " + e.resourceStatusReason());
        }
        int done = total > 0 ? Math.min(doneResources.size(), total) : doneResources.size();
        listener.stackEvent(new StackEventView(e.timestamp(), e.logicalResourceId(), e.resourceType(), status,
                e.resourceStatusReason()), done, total, Duration.between(start, clock.instant()));
    }

    private boolean isThisStack(StackEvent e) {
        return STACK_TYPE.equals(e.resourceType())
                && (stackId.equals(e.physicalResourceId()) || stackName.equals(e.logicalResourceId())
                    && e.physicalResourceId() == null);
    }
}
