package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;

import dev.moodleaws.core.model.Alerts;
import dev.moodleaws.core.model.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static Deployment emails(String... addresses) {
        return Infra.valid().toBuilder().alerts(Alerts.builder().emails(List.of(addresses)).build()).build();
    }

    @Test
    void alert001AnythingButOneAddressFails() {
        assertFindsOne(new AlertEmailFormatRule(), emails("ops@example.org", "ops team"), "alerts.emails[1]", "ops team");
        assertFindsOne(new AlertEmailFormatRule(), emails("a@example.org,b@example.org"), "alerts.emails[0]", "a@example.org,b");
        assertFindsOne(new AlertEmailFormatRule(), emails("ops@localhost"), "alerts.emails[0]", "ops@localhost");
    }

    @Test
    void alert001AddressesAndNoAddressesPass() {
        assertPasses(new AlertEmailFormatRule(), emails("ops@example.org", "on-call+moodle@uni.example.ac.uk"));
        assertPasses(new AlertEmailFormatRule(), Infra.valid());
    }
}
