package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.ChangeSetScript;
import dev.moodleaws.core.deploy.fake.Fault;
import dev.moodleaws.core.deploy.fake.FakeStack;
import dev.moodleaws.core.deploy.fake.RecordingListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployerFaultTest extends DeployHarness {

    private static ChangeSetScript fiveResources() {
        return script().add("Vpc", "AWS::EC2::VPC").add("Db", "AWS::RDS::DBCluster")
                .add("Files", "AWS::EFS::FileSystem").add("Cache", "AWS::ElastiCache::ReplicationGroup")
                .add("Web", "AWS::AutoScaling::AutoScalingGroup").output("SiteUrl", "https://moodle.example.org");
    }

    private static long stackEvents(FakeStack stack, String status) {
        return stack.events().stream().filter(e -> e.logicalId().equals(STACK) && e.status().equals(status)).count();
    }

    @Test
    void throttlingIsRetriedWithBoundedCalls() {
        fake.nextChangeSet(fiveResources());
        fake.failNext("DescribeStackEvents", Fault.throttle(), Fault.throttle(), Fault.throttle(), Fault.throttle(),
                Fault.throttle());
        fake.failNext("DescribeChangeSet", Fault.throttle(), Fault.throttle());
        fake.failNext("ExecuteChangeSet", Fault.throttle());

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        assertEquals(1, stackEvents(fake.stack(STACK), "CREATE_IN_PROGRESS"), "executed once");
        int total = fake.requests().size();
        assertTrue(total <= 45, "bounded number of calls, was " + total);
        assertTrue(listener.waiting.stream().anyMatch(w -> w.contains("throttled")),
                "the one retry layer backed off: " + listener.waiting);
        assertTrue(time.sleeps().containsAll(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16))), "backing off: " + time.sleeps());
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetried() {
        fake.nextChangeSet(fiveResources());
        fake.failNext("CreateChangeSet", Fault.dropAfter());
        fake.failNext("DescribeChangeSet", Fault.serverError(), Fault.hang());
        fake.failNext("ExecuteChangeSet", Fault.dropAfter());
        fake.failNext("DescribeStackEvents", Fault.serverError(), Fault.dropBefore(), Fault.serverError());
        fake.failNext("DescribeStacks", Fault.dropBefore());

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        assertTrue(fake.count("CreateChangeSet") >= 2, "the lost CreateChangeSet response was retried");
        assertTrue(fake.count("ExecuteChangeSet") >= 2, "the lost ExecuteChangeSet response was retried");
        var creates = fake.requests("CreateChangeSet");
        assertEquals(creates.get(0).param("ClientToken"), creates.get(1).param("ClientToken"));
        assertEquals(1, stackEvents(fake.stack(STACK), "CREATE_IN_PROGRESS"), "the retry did not execute twice");
        assertEquals(5, fake.stack(STACK).resources().size());
    }

    @Test
    void interruptedDeploySaysTheStackContinuesAndTheNextDeployAttaches() {
        fake.nextChangeSet(fiveResources().eventsPerPoll(1));
        time.interruptAfter(4);

        DeployInterruptedException e = assertThrows(DeployInterruptedException.class,
                () -> deployer().deploy(options().build()));

        assertTrue(Thread.interrupted(), "the interrupt flag is kept for the caller");
        assertTrue(e.stackStillWorking());
        assertTrue(e.getMessage().contains("continues on AWS"), e.getMessage());
        assertTrue(e.getMessage().contains("describe-stack-events --stack-name moodle-prod"));
        assertTrue(fake.stack(STACK).working());
        assertEquals("CREATE_IN_PROGRESS", fake.stack(STACK).status());

        fake.nextChangeSet(script().noChanges());
        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        assertEquals(1, fake.count("ExecuteChangeSet"));
        assertTrue(listener.waiting.stream().anyMatch(w -> w.contains("from an earlier deploy; attaching")),
                listener.waiting.toString());
        assertTrue(fake.stack(STACK).terminationProtection(), "the attached create is protected like any other");
        assertTrue(listener.events.stream().anyMatch(p -> p.event().status().equals("CREATE_COMPLETE")
                && p.event().logicalId().equals(STACK)));
    }

    @Test
    void busyStackIsWaitedForThenUpdated() {
        fake.existingStack(STACK, "UPDATE_COMPLETE", Map.of("Web", "AWS::AutoScaling::AutoScalingGroup"), Map.of());
        fake.startOperation(STACK, "console-1234", 6, "UPDATE_COMPLETE", 2);
        fake.nextChangeSet(script().modify("Web", "AWS::AutoScaling::AutoScalingGroup", "False"));

        DeployResult result = deployer().deploy(options().build());

        assertEquals("UPDATE_COMPLETE", result.status());
        assertFalse(result.noChanges());
        assertTrue(listener.waiting.stream().anyMatch(w -> w.contains("busy (UPDATE_IN_PROGRESS) with another "
                + "operation")), listener.waiting.toString());
        assertTrue(listener.notes.stream().anyMatch(n -> n.contains("settled in UPDATE_COMPLETE")));
        var settled = fake.stack(STACK).events().stream()
                .filter(ev -> ev.logicalId().equals(STACK) && ev.status().equals("UPDATE_COMPLETE")
                        && ev.clientToken() != null)
                .map(ev -> ev.clientToken().startsWith("moodle-aws-") ? "ours" : ev.clientToken()).toList();
        assertEquals(java.util.List.of("console-1234", "ours"), settled, "the other update finished before ours");
    }

    @Test
    void busyStackIsRefusedWhenWaitingIsOff() {
        fake.existingStack(STACK, "UPDATE_COMPLETE", Map.of("Web", "AWS::AutoScaling::AutoScalingGroup"), Map.of());
        fake.startOperation(STACK, "console-1234", 6, "UPDATE_COMPLETE", 2);

        StackBusyException e = assertThrows(StackBusyException.class,
                () -> deployer().deploy(options().waitForBusyStack(false).build()));

        assertTrue(e.getMessage().contains("is busy (UPDATE_IN_PROGRESS)"), e.getMessage());
        assertEquals(0, fake.count("CreateChangeSet"));
    }

    @Test
    void overallTimeoutStopsWaitingAndSaysTheStackContinues() {
        fake.nextChangeSet(fiveResources().eventsPerPoll(1).idlePolls(5));

        DeployTimeoutException e = assertThrows(DeployTimeoutException.class,
                () -> deployer().deploy(options().timeout(Duration.ofMinutes(1)).build()));

        assertTrue(e.getMessage().contains("continues on AWS"));
        assertTrue(fake.stack(STACK).working());
    }

    @Test
    void waitingHasNoFixedCapAndStaysUnderOneDescribePerTwoSeconds() {
        // 40 resources, one event per poll with quiet stretches: a long create.
        ChangeSetScript longCreate = script().eventsPerPoll(1).idlePolls(16);
        for (int i = 0; i < 40; i++) {
            longCreate.add("Resource" + i, "AWS::SNS::Topic");
        }
        fake.nextChangeSet(longCreate);

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        double minutes = result.elapsed().toMillis() / 60_000.0;
        long describes = fake.count("DescribeStackEvents") + fake.count("DescribeStacks")
                + fake.count("DescribeChangeSet");
        double perMinute = describes / minutes;
        System.out.printf("quiet stack: %d describe calls in %.1f simulated minutes = %.1f per minute%n",
                describes, minutes, perMinute);
        assertTrue(minutes > 60, "a wait longer than an hour is not cut short: " + minutes);
        assertTrue(perMinute <= 30, "at most one describe every 2 s on average, was " + perMinute);
    }

    @Test
    void busyEventStreamPollsAtMostOncePerTwoSecondsWhileWaiting() {
        ChangeSetScript busy = script().eventsPerPoll(1);
        for (int i = 0; i < 40; i++) {
            busy.add("Resource" + i, "AWS::SNS::Topic");
        }
        fake.nextChangeSet(busy);

        DeployResult result = deployer().deploy(options().build());

        Instant executed = fake.requests("ExecuteChangeSet").get(0).at();
        Instant finished = fake.requests().get(fake.requests().size() - 1).at();
        double waitMinutes = Duration.between(executed, finished).toMillis() / 60_000.0;
        long polls = fake.requests("DescribeStackEvents").stream().filter(r -> r.at().isAfter(executed)).count();
        double pollsPerMinute = polls / waitMinutes;
        double minutes = result.elapsed().toMillis() / 60_000.0;
        long describes = fake.count("DescribeStackEvents") + fake.count("DescribeStacks")
                + fake.count("DescribeChangeSet");
        System.out.printf("busy stack: %d polls in %.1f simulated minutes of waiting = %.1f per minute; "
                + "%d describe calls in the whole deploy (%.1f min) = %.1f per minute%n",
                polls, waitMinutes, pollsPerMinute, describes, minutes, describes / minutes);
        assertTrue(pollsPerMinute <= 30, "at most one describe every 2 s while waiting, was " + pollsPerMinute);
        assertEquals(40, listener.events.get(listener.events.size() - 1).done());
    }

    @Test
    void interruptDuringAnAwsCallStopsTheDeployAndKeepsTheFlag() throws Exception {
        fake.nextChangeSet(fiveResources());
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        fake.failNext("DescribeStackEvents", Fault.pass(), Fault.hold(waiting, release));
        AwsClients patient = fake.clientSettings().attemptTimeout(Duration.ofMinutes(5)).build();
        Deployer deployer = Deployer.builder(patient.cloudFormation()).listener(listener).clock(time).sleeper(time)
                .build();
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean flagKept = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                deployer.deploy(options().build());
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        waiting.await();
        worker.interrupt();
        release.countDown();
        worker.join();
        patient.close();

        DeployInterruptedException e = assertInstanceOf(DeployInterruptedException.class, thrown.get());
        assertTrue(e.stackStillWorking());
        assertTrue(flagKept.get());
        assertEquals("CREATE_IN_PROGRESS", fake.stack(STACK).status());
    }

    @Test
    void anUnreachableEndpointFailsAtOnceNamingIt() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        java.net.URI nowhere = java.net.URI.create("http://127.0.0.1:" + closedPort);
        try (AwsClients clients = fake.clientSettings().endpointOverride(nowhere).build()) {
            Deployer deployer = Deployer.builder(clients.cloudFormation()).listener(listener).clock(time).sleeper(time)
                    .build();

            AwsCallException e = assertThrows(AwsCallException.class, () -> deployer.deploy(options().build()));

            assertTrue(e.getMessage().startsWith("Could not connect to the endpoint URL " + nowhere), e.getMessage());
            assertEquals(0, e.httpStatus());
            assertEquals("CloudFormation DescribeStacks", e.action());
            assertEquals(List.of(), time.sleeps(), "no backoff: nothing listens there");
        }
    }

    @Test
    void aServerErrorThatOutlivesTheRetriesNamesTheCallTheStatusAndTheStackState() {
        fake.nextChangeSet(fiveResources());
        fake.failNext("DescribeChangeSet", Fault.serverError(), Fault.serverError(), Fault.serverError(),
                Fault.serverError(), Fault.serverError(), Fault.serverError());

        AwsCallException e = assertThrows(AwsCallException.class, () -> deployer().deploy(options().build()));

        assertEquals("CloudFormation DescribeChangeSet", e.action());
        assertEquals(500, e.httpStatus());
        assertEquals("InternalFailure", e.errorCode());
        assertEquals("REVIEW_IN_PROGRESS", e.stackStatus());
        assertEquals("CloudFormation DescribeChangeSet for stack moodle-prod failed with HTTP 500 InternalFailure: "
                + "We encountered an internal error. (after 6 attempts). Stack moodle-prod is REVIEW_IN_PROGRESS now.",
                e.getMessage());
        assertInstanceOf(software.amazon.awssdk.awscore.exception.AwsServiceException.class, e.getCause());
    }

    @Test
    void retriesNeverOverrunTheTimeLimit() {
        fake.failNext("DescribeStacks", Fault.serverError(), Fault.serverError(), Fault.serverError(),
                Fault.serverError(), Fault.serverError());
        Instant start = time.instant();

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> deployer().deploy(options().timeout(Duration.ofSeconds(5)).build()));

        assertTrue(e.getMessage().contains("not tried again: the time limit is reached"), e.getMessage());
        assertTrue(!time.instant().isAfter(start.plusSeconds(5)), "waited until " + time.instant());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void anInterruptWhileWaitingForAnotherOperationSaysThisDeployChangedNothing() {
        fake.existingStack(STACK, "UPDATE_COMPLETE", Map.of("Web", "AWS::AutoScaling::AutoScalingGroup"), Map.of());
        fake.startOperation(STACK, "console-1234", 6, "UPDATE_COMPLETE", 1);
        time.interruptAfter(1);

        DeployInterruptedException e = assertThrows(DeployInterruptedException.class,
                () -> deployer().deploy(options().build()));

        assertEquals(DeployPhase.WAITING_FOR_OTHER_OPERATION, e.phase());
        assertTrue(e.getMessage().contains("this deploy changed nothing, and that operation continues on AWS"),
                e.getMessage());
        assertEquals(0, fake.count("CreateChangeSet"));
    }

    @Test
    void anInterruptAfterTheStackSettledDoesNotSayItCarriesOn() {
        fake.nextChangeSet(fiveResources());
        RecordingListener interrupting = new RecordingListener() {
            @Override
            public void phase(String stackName, DeployPhase phase) {
                if (phase == DeployPhase.SETTLED) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Deployer deployer = Deployer.builder(cfn).listener(interrupting).clock(time).sleeper(time).build();

        DeployInterruptedException e = assertThrows(DeployInterruptedException.class,
                () -> deployer.deploy(options().build()));

        assertEquals(DeployPhase.SETTLED, e.phase());
        assertFalse(e.stackStillWorking());
        assertTrue(e.getMessage().contains("after the stack reached CREATE_COMPLETE; nothing runs on it now"),
                e.getMessage());
        assertFalse(e.getMessage().contains("continues"), e.getMessage());
    }
}
