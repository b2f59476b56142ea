package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.stable;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.web;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.PurchaseOption;
import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.validate.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CronAndStableRulesTest {

    @Test
    void cronOnWebNodesIsReportedAtTheLineThatTurnedItOn() {
        Location written = new Location("moodle-aws.yaml", 31, 13);
        var deployment = web(w -> w.runsCron(true)).toBuilder()
                .sourceMap(SourceMap.of("moodle-aws.yaml", Map.of("web.runsCron", written)))
                .build();

        Finding f = assertFindsOne(new CronNotOnWebNodes(), deployment, "web.runsCron", "true");

        assertEquals(written, f.location());
        assertTrue(f.message().contains("tasks running twice"), f.message());
    }

    @Test
    void webNodesWithoutCronPass() {
        assertPasses(new CronNotOnWebNodes(), valid());
    }

    @Test
    void nobodyRunningCronIsAnError() {
        assertFindsOne(new CronOnStableNode(), stable(s -> s.runsCron(false)), "stable.runsCron", "false");
    }

    @Test
    void stableNodeRunningCronPasses() {
        assertPasses(new CronOnStableNode(), valid());
    }

    @Test
    void keepAliveShorterThanAMinuteIsAWarning() {
        assertFindsOne(new CronKeepAliveAtLeastAMinute(), stable(s -> s.cronKeepAliveSeconds(30)),
                "stable.cronKeepAliveSeconds", "30");
    }

    @Test
    void noKeepAliveOrAtLeastAMinutePasses() {
        assertPasses(new CronKeepAliveAtLeastAMinute(), stable(s -> s.cronKeepAliveSeconds(0)));
        assertPasses(new CronKeepAliveAtLeastAMinute(), stable(s -> s.cronKeepAliveSeconds(60)));
        assertPasses(new CronKeepAliveAtLeastAMinute(), stable(s -> s.cronKeepAliveSeconds(180)));
    }

    @Test
    void twoStableNodesWouldRunCronTwice() {
        Finding f = assertFindsOne(new ExactlyOneStableNode(), stable(s -> s.count(2)), "stable.count", "2");
        assertTrue(f.message().contains("cron twice"), f.message());
    }

    @Test
    void noStableNodeIsAnError() {
        assertFindsOne(new ExactlyOneStableNode(), stable(s -> s.count(0)), "stable.count", "0");
    }

    @Test
    void oneStableNodePasses() {
        assertPasses(new ExactlyOneStableNode(), valid());
    }

    @Test
    void spotStableNodeIsAnError() {
        assertFindsOne(new StableNodeOnDemand(), stable(s -> s.purchase(PurchaseOption.SPOT)), "stable.purchase", "spot");
    }

    @Test
    void onDemandStableNodePasses() {
        assertPasses(new StableNodeOnDemand(), valid());
    }

    @Test
    void stableNodeInTheTargetGroupIsAWarning() {
        assertFindsOne(new StableNodeOutOfTargetGroup(), stable(s -> s.inTargetGroup(true)), "stable.inTargetGroup", "true");
    }

    @Test
    void stableNodeOutOfTheTargetGroupPasses() {
        assertPasses(new StableNodeOutOfTargetGroup(), valid());
    }
}
