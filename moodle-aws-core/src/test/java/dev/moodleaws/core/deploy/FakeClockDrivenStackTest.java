package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.ChangeSetScript;
import dev.moodleaws.core.deploy.fake.FakeStack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake's clock-driven mode: events happen on a schedule, not per describe call. */
class FakeClockDrivenStackTest extends DeployHarness {

    @Test
    void eventsHappenOneIntervalApartAfterTheExecuteWhateverThePolling() {
        fake.nextChangeSet(script().releaseEvery(Duration.ofSeconds(30))
                .add("Vpc", "AWS::EC2::VPC").add("Db", "AWS::RDS::DBCluster").add("Web", "AWS::SNS::Topic"));

        DeployResult result = deployer().deploy(options().build());

        assertEquals("CREATE_COMPLETE", result.status());
        Instant executed = fake.requests("ExecuteChangeSet").get(0).at();
        List<FakeStack.Event> released = fake.stack(STACK).events().stream()
                .filter(e -> e.timestamp().isAfter(executed)).toList();
        assertEquals(7, released.size(), "two events per resource and the stack's own: " + released);
        for (int i = 0; i < released.size(); i++) {
            assertEquals(executed.plusSeconds(30L * (i + 1)), released.get(i).timestamp());
        }
        FakeStack.Event last = released.get(released.size() - 1);
        assertEquals("CREATE_COMPLETE", last.status());
        assertFalse(time.instant().isBefore(last.timestamp()), "deploy returns after the stack finished");
    }

    @Test
    void aQuietStackIsNoticedWithinFiveSecondsOfFinishingAtUnderOneDescribeEveryTwoSeconds() {
        for (int stretch = 0; stretch < 4; stretch++) {
            stopFake();
            startFake();
            ChangeSetScript slow = script().releaseEvery(Duration.ofSeconds(75 + stretch));
            for (int i = 0; i < 6; i++) {
                slow.add("Resource" + i, "AWS::RDS::DBCluster");
            }
            fake.nextChangeSet(slow);

            deployer().deploy(options().build());

            Instant executed = fake.requests("ExecuteChangeSet").get(0).at();
            List<FakeStack.Event> events = fake.stack(STACK).events();
            Instant finished = events.get(events.size() - 1).timestamp();
            Duration noticed = Duration.between(finished, time.instant());
            assertTrue(noticed.compareTo(Duration.ofSeconds(5)) <= 0, "noticed after " + noticed);
            long describes = fake.requests().stream().filter(r -> !r.at().isBefore(executed))
                    .filter(r -> r.action().startsWith("Describe")).count();
            double seconds = Duration.between(executed, finished).toSeconds();
            assertTrue(describes * 2 <= seconds, describes + " describe calls in " + seconds + " s");
        }
    }

    @Test
    void intervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> script().releaseEvery(Duration.ZERO));
    }
}
