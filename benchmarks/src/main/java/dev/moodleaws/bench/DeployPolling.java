package dev.moodleaws.bench;

import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.Deployer;
import dev.moodleaws.core.deploy.Sleeper;
import dev.moodleaws.core.deploy.StackEventView;
import dev.moodleaws.core.deploy.fake.ChangeSetScript;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeStack;
import dev.moodleaws.core.deploy.fake.FakeTime;
import dev.moodleaws.core.deploy.fake.InMemoryTemplateStore;
import dev.moodleaws.core.deploy.fake.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The deployer against the in-process fake CloudFormation in its clock-driven mode: stack events
 * happen on a schedule, whatever the polling. For each scenario it prints the API calls (all, and
 * describe calls) per minute from the execute to {@code deploy} returning, and how long after the
 * stack reached its terminal status {@code deploy} returned, in simulated time (fake clock) and in
 * real time.
 *
 * <p>Usage: {@code DeployPolling [realTime=true]}. The simulated scenarios take well under a second
 * of real time each; the real-time one waits on the wall clock for about half a minute.
 */
public final class DeployPolling {

    private static final Set<String> DESCRIBES = Set.of("DescribeStacks", "DescribeStackEvents", "DescribeChangeSet");
    private static final String STACK = "uni-moodle-prod";
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            Outputs:
              SiteUrl:
                Value: https://learn.uni.example.eu
            """;

    private DeployPolling() {
    }

    /** A create with {@code resources} resources and one event every {@code interval}. */
    private record Scenario(String name, int resources, Duration interval) {
    }

    /** What one deploy showed. */
    private record Run(double minutes, long calls, long describes, Duration simulatedDelay,
                       Duration realDelay, Map<String, Long> byAction) {
    }

    public static void main(String[] args) throws Exception {
        boolean realTime = args.length == 0 || Boolean.parseBoolean(args[0]);
        // one event every few seconds (many small resources), then long quiet waits (a database cluster)
        simulate(new Scenario("busy", 30, Duration.ofSeconds(3)), 9);
        simulate(new Scenario("steady", 20, Duration.ofSeconds(15)), 9);
        simulate(new Scenario("quiet", 10, Duration.ofSeconds(75)), 9);
        if (realTime) {
            Scenario s = new Scenario("real-time", 5, Duration.ofMillis(2500));
            Run run = deploy(s, Clock.systemUTC(), Sleeper.system());
            print(s, List.of(run), "wall");
        }
    }

    /**
     * Runs a scenario several times, stretching the interval a little each time so that the end of
     * the operation falls at a different moment between two polls.
     */
    private static void simulate(Scenario s, int repeats) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            FakeTime time = new FakeTime();
            Duration stretch = s.interval().multipliedBy(i).dividedBy((long) repeats * s.resources());
            runs.add(deploy(new Scenario(s.name(), s.resources(), s.interval().plus(stretch)), time, time));
        }
        print(s, runs, "simulated");
    }

    private static Run deploy(Scenario s, Clock clock, Sleeper sleeper) throws Exception {
        try (FakeCloudFormation fake = FakeCloudFormation.start(clock);
             CloudFormationClient cfn = fake.client()) {
            ChangeSetScript script = ChangeSetScript.script().computePolls(1).releaseEvery(s.interval())
                    .output("SiteUrl", "https://learn.uni.example.eu");
            for (int i = 0; i < s.resources(); i++) {
                script.add("Resource" + i, "AWS::SNS::Topic");
            }
            fake.nextChangeSet(script);
            long[] terminalSeenNanos = {0};
            DeployListener listener = new DeployListener() {
                @Override
                public void stackEvent(StackEventView event, int done, int total,
                                       Duration elapsed) {
                    if (event.logicalId().equals(STACK) && event.status().equals("CREATE_COMPLETE")) {
                        terminalSeenNanos[0] = System.nanoTime();
                    }
                }
            };
            Deployer deployer = Deployer.builder(cfn).templateStore(new InMemoryTemplateStore()).listener(listener)
                    .clock(clock).sleeper(sleeper).build();
            DeployResult result = deployer.deploy(DeployOptions.builder(STACK, TEMPLATE).build());
            long returnedNanos = System.nanoTime();
            Instant returned = clock.instant();
            if (!result.status().equals("CREATE_COMPLETE")) {
                throw new IllegalStateException(s.name() + " ended " + result.status());
            }
            FakeStack stack = fake.stack(STACK);
            List<FakeStack.Event> events = stack.events();
            Instant executed = fake.requests("ExecuteChangeSet").get(0).at();
            Instant terminal = events.get(events.size() - 1).timestamp();
            List<RecordedRequest> all = fake.requests();
            List<RecordedRequest> during = all.subList(all.indexOf(fake.requests("ExecuteChangeSet").get(0)),
                    all.size());
            long describes = during.stream().filter(r -> DESCRIBES.contains(r.action())).count();
            // the calls include the few made after the terminal status, so the time runs to the return
            double minutes = Duration.between(executed, returned).toMillis() / 60_000.0;
            Duration simulatedDelay = Duration.between(terminal, returned);
            Duration realDelay = Duration.ofNanos(returnedNanos - terminalSeenNanos[0]);
            Map<String, Long> byAction = during.stream()
                    .collect(Collectors.groupingBy(RecordedRequest::action, TreeMap::new, Collectors.counting()));
            return new Run(minutes, during.size(), describes, simulatedDelay, realDelay, byAction);
        }
    }

    private static void print(Scenario s, List<Run> runs, String clockName) {
        double minutes = runs.stream().mapToDouble(Run::minutes).average().orElse(0);
        double callsPerMinute = runs.stream().mapToDouble(r -> r.calls() / r.minutes()).average().orElse(0);
        double describesPerMinute = runs.stream().mapToDouble(r -> r.describes() / r.minutes()).average()
                .orElse(0);
        double meanDelay = runs.stream().mapToLong(r -> r.simulatedDelay().toMillis()).average().orElse(0) / 1e3;
        double maxDelay = runs.stream().mapToLong(r -> r.simulatedDelay().toMillis()).max().orElse(0) / 1e3;
        double meanReal = runs.stream().mapToLong(r -> r.realDelay().toNanos()).average().orElse(0) / 1e6;
        System.out.printf("deploy %s: %d resources, one event every %.1f s, %d run(s), %.1f min from execute to return:"
                        + " %.1f API calls/min (%.1f describe calls/min = one every %.1f s);"
                        + " terminal status to return: mean %.1f s, max %.1f s on the %s clock,"
                        + " %.1f ms real time after the deployer saw it%n",
                s.name(), s.resources(), s.interval().toMillis() / 1e3, runs.size(), minutes, callsPerMinute,
                describesPerMinute, 60 / describesPerMinute, meanDelay, maxDelay,
                clockName, meanReal);
        System.out.printf("    calls of the first run from the execute on: %s%n", runs.get(0).byAction());
    }
}
