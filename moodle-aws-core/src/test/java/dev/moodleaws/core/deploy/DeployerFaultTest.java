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
import java.time.Duration;
import java.time.Instant;
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
                Fault.throttle(), Fault.throttle(), Fault.throttle());
        fake.failNext("DescribeChangeSet", Fault.throttle(), Fault.throttle());
        fake.failNext("ExecuteChangeSet", Fault.throttle());

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        assertEquals(1, stackEvents(fake.stack(STACK), "CREATE_IN_PROGRESS"), "executed once");
        int total = fake.requests().size();
        assertTrue(total <= 45, "bounded number of calls, was " + total);
        assertTrue(listener.waiting.stream().anyMatch(w -> w.contains("throttled")),
                "our own loop backed off once the SDK's retries ran out: " + listener.waiting);
        assertTrue(time.sleeps().contains(Duration.ofSeconds(5)));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetried() {
        fake.nextChangeSet(fiveResources());
        fake.failNext("CreateChangeSet", Fault.dropAfter());
        fake.failNext("DescribeChangeSet", Fault.serverError(), Fault.slow(Duration.ofMillis(1200)));
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
        fake.failNext("DescribeStackEvents", Fault.pass(), Fault.slow(Duration.ofMillis(600)));
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean flagKept = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                deployer().deploy(options().build());
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        while (fake.count("DescribeStackEvents") < 2 && worker.isAlive()) {
            Thread.sleep(5);
        }
        worker.interrupt();
        worker.join(10_000);

        DeployInterruptedException e = assertInstanceOf(DeployInterruptedException.class, thrown.get());
        assertTrue(e.stackStillWorking());
        assertTrue(flagKept.get());
        assertEquals("CREATE_IN_PROGRESS", fake.stack(STACK).status());
    }
}
