package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void intervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> script().releaseEvery(Duration.ZERO));
    }
}
