package dev.moodleaws.core.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfrastructureRulesTest {
    private static final List<String> GROUP_ORDER = List.of("NET", "DB", "EFS", "BAK", "REDIS", "FLEET", "IMG", "LB", "ALERT");

    @Test
    void theValidDeploymentPassesEveryInfrastructureRule() {
        Deployment valid = RuleAssert.valid().build();
        for (ModelRule rule : InfrastructureRules.all()) {
            RuleAssert.assertPasses(rule, valid);
        }
    }

    @Test
    void rulesAreOrderedByGroupThenNumberWithoutGaps() {
        List<String> ids = InfrastructureRules.all().stream().map(r -> r.info().id()).toList();
        List<String> expected = new ArrayList<>();
        for (String group : GROUP_ORDER) {
            long count = ids.stream().filter(id -> id.startsWith(group + "-")).count();
            assertTrue(count > 0, "no rule in group " + group);
            for (int n = 1; n <= count; n++) {
                expected.add(String.format("%s-%03d", group, n));
            }
        }
        assertEquals(expected, ids);
    }

    @Test
    void everyRuleIsDescribedCompletely() {
        Set<String> titles = new HashSet<>();
        for (ModelRule rule : InfrastructureRules.all()) {
            RuleInfo info = rule.info();
            assertFalse(info.title().isBlank(), info.id());
            assertFalse(info.title().contains("\n"), info.id() + " title is one line");
            assertTrue(titles.add(info.title()), info.id() + " title is unique");
            assertTrue(info.fix().contains("."), info.id() + " fix names a key: " + info.fix());
            assertTrue(info.reference().startsWith("https://") || info.reference().startsWith("guide: "),
                    info.id() + " reference: " + info.reference());
        }
    }

    @Test
    void eachRuleIsItsOwnClass() {
        Set<Class<?>> classes = new HashSet<>();
        InfrastructureRules.all().forEach(r -> classes.add(r.getClass()));
        assertEquals(InfrastructureRules.all().size(), classes.size());
    }
}
