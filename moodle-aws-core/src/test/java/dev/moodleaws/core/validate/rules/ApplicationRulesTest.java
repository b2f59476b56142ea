package dev.moodleaws.core.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {
    private static final List<String> GROUP_ORDER = List.of("CRON", "STABLE", "SESS", "MUC", "MOODLE", "PHP", "MAIL", "PLUGIN", "SEC", "RISK");

    @Test
    void theDefaultsPassEveryApplicationRule() {
        Deployment valid = RuleAssert.valid().build();
        List<Finding> found = new ArrayList<>();
        for (ModelRule rule : ApplicationRules.all()) {
            found.addAll(RuleAssert.check(rule, valid));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void idsAreUniqueAndInCatalogOrder() {
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (ModelRule rule : ApplicationRules.all()) {
            RuleInfo info = rule.info();
            assertTrue(seen.add(info.id()), "duplicate " + info.id());
            if (previous != null) {
                assertTrue(compare(previous, info.id()) < 0, previous + " should come before " + info.id());
            }
            previous = info.id();
        }
    }

    @Test
    void eachGroupIsNumberedFromOneWithoutGaps() {
        for (String group : GROUP_ORDER) {
            int expected = 1;
            for (ModelRule rule : ApplicationRules.all()) {
                if (rule.info().group().equals(group)) {
                    assertEquals(String.format("%s-%03d", group, expected++), rule.info().id());
                }
            }
            assertTrue(expected > 1, "no rule in " + group);
        }
    }

    @Test
    void everyRuleSaysWhatToWriteAndWhereItComesFrom() {
        for (ModelRule rule : ApplicationRules.all()) {
            RuleInfo info = rule.info();
            assertTrue(info.fix().contains("moodle-aws.yaml"), info.id() + " fix should name moodle-aws.yaml: " + info.fix());
            assertTrue(info.reference().startsWith("https://") || info.reference().startsWith("guide: "),
                    info.id() + " reference: " + info.reference());
            assertFalse(info.title().contains("\n"), info.id() + " title is one line");
            assertFalse(info.title().endsWith("."), info.id() + " title is a heading, not a sentence");
        }
    }

    private static int compare(String a, String b) {
        int ga = GROUP_ORDER.indexOf(a.substring(0, a.indexOf('-')));
        int gb = GROUP_ORDER.indexOf(b.substring(0, b.indexOf('-')));
        assertTrue(ga >= 0 && gb >= 0, "unknown group in " + a + " or " + b);
        return ga != gb ? Integer.compare(ga, gb) : a.compareTo(b);
    }
}
