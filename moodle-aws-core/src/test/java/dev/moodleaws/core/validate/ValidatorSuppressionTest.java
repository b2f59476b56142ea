package dev.moodleaws.core.validate;

import static dev.moodleaws.core.validate.FixedRules.DELETION;
import static dev.moodleaws.core.validate.FixedRules.ENGINE;
import static dev.moodleaws.core.validate.FixedRules.TYPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.model.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorSuppressionTest {
    private final Validator validator = new Validator(
            List.of(FixedRules.model(ENGINE, "database.engineVersion", "engine version 5.7 is too old"),
                    FixedRules.model(TYPES, "web.instanceTypes[1]", "m5.large repeats a family",
                            "webserver", "a path that only shares a prefix")),
            List.of(FixedRules.artifact(DELETION, 88, "the database has no DeletionPolicy")));

    private static Deployment with(Suppression... suppressions) {
        return FixedRules.deployment(List.of(suppressions));
    }

    private static Suppression suppression(String rule, String reason, String path) {
        return Suppression.builder().rule(rule).reason(reason).path(path).build();
    }

    private static List<Finding> of(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.rule().id().equals(ruleId)).toList();
    }

    @Test
    void withoutSuppressionsEveryFindingCounts() {
        Report report = validator.validate(with());
        assertEquals(3, report.findings().size());
        assertTrue(report.hasErrors());
        assertEquals(0, report.suppressedCount());
    }

    @Test
    void aSuppressedErrorStaysInTheReportWithItsReasonButDoesNotFail() {
        Report report = validator.validate(with(suppression("TDB-004", "pinned until the upgrade in May", null)));

        Finding engine = of(report, "TDB-004").get(0);
        assertTrue(engine.suppressed());
        assertEquals("pinned until the upgrade in May", engine.suppression().reason());
        assertFalse(report.hasErrors());
        assertEquals(0, report.count(Severity.ERROR));
        assertEquals(1, report.suppressedCount());
        assertEquals(List.of(), of(report, "SUPP-002"));
    }

    @Test
    void aPathPrefixCoversTheKeysBelowItAndNothingElse() {
        Report report = validator.validate(with(suppression("TWEB-003", "two families suffice here", "web")));

        List<Finding> types = of(report, "TWEB-003");
        Finding below = types.stream().filter(f -> f.subject().equals("web.instanceTypes[1]")).findFirst().orElseThrow();
        Finding lookalike = types.stream().filter(f -> f.subject().equals("webserver")).findFirst().orElseThrow();
        assertTrue(below.suppressed());
        assertFalse(lookalike.suppressed(), "'web' must not cover 'webserver'");
    }

    @Test
    void aPathCoversListElementsAndTheExactKey() {
        Report list = validator.validate(with(suppression("TWEB-003", "accepted", "web.instanceTypes")));
        Report exact = validator.validate(with(suppression("TWEB-003", "accepted", "web.instanceTypes[1]")));
        Report other = validator.validate(with(suppression("TWEB-003", "accepted", "web.instanceTypes[2]")));

        assertEquals(1, list.suppressedCount());
        assertEquals(1, exact.suppressedCount());
        assertEquals(0, other.suppressedCount());
        assertEquals(1, of(other, "SUPP-002").size());
    }

    @Test
    void aSuppressionOfAnotherRuleDoesNotApply() {
        Report report = validator.validate(with(suppression("TWEB-003", "accepted", "database.engineVersion")));
        assertFalse(of(report, "TDB-004").get(0).suppressed());
    }

    @Test
    void anUnknownRuleIsAnErrorAtTheSuppressionsRuleKey() {
        Report report = validator.validate(with(suppression("DB-999", "typo", null)));

        List<Finding> unknown = of(report, "SUPP-001");
        assertEquals(1, unknown.size());
        Finding f = unknown.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("suppressions[0].rule", f.subject());
        assertEquals(new Location(FixedRules.DESCRIPTOR, 40, 11), f.location());
        assertTrue(f.message().contains("DB-999"), f.message());
        assertEquals(List.of(), of(report, "SUPP-002"), "an unknown rule is reported once, as unknown");
    }

    @Test
    void theRulesOnSuppressionsCannotBeSuppressed() {
        Report report = validator.validate(with(suppression("SUPP-002", "quiet please", null)));
        Finding f = of(report, "SUPP-001").get(0);
        assertTrue(f.message().contains("cannot be suppressed"), f.message());
    }

    @Test
    void aSuppressionThatAcceptsNothingIsAWarning() {
        Report report = validator.validate(with(
                suppression("TDB-004", "pinned", null),
                suppression("TWEB-003", "old entry", "web.instanceTypes[5]")));

        List<Finding> unused = of(report, "SUPP-002");
        assertEquals(1, unused.size());
        assertEquals(Severity.WARNING, unused.get(0).severity());
        assertEquals("suppressions[1]", unused.get(0).subject());
        assertEquals(42, unused.get(0).location().line());
        assertTrue(unused.get(0).message().contains("web.instanceTypes[5]"), unused.get(0).message());
    }

    @Test
    void anEmptyReasonIsAnErrorAndSuppressesNothing() {
        Report report = validator.validate(with(suppression("TDB-004", "  ", null)));

        List<Finding> noReason = of(report, "SUPP-003");
        assertEquals(1, noReason.size());
        assertEquals("suppressions[0].reason", noReason.get(0).subject());
        assertEquals(Severity.ERROR, noReason.get(0).severity());
        assertFalse(of(report, "TDB-004").get(0).suppressed());
        assertEquals(List.of(), of(report, "SUPP-002"));
    }

    @Test
    void artifactSuppressionsAreJudgedByTheArtifactPassAlone() {
        Deployment used = with(suppression("TCFN-001", "snapshots are taken by AWS Backup", "cloudformation.yaml"));
        Deployment unused = with(suppression("TCFN-001", "old entry", "config.php"));

        Report model = validator.validate(used);
        Report artifacts = validator.validateArtifacts(used, FixedRules.bundle());
        Report stale = validator.validateArtifacts(unused, FixedRules.bundle());

        assertEquals(List.of(), of(model, "SUPP-002"), "the model pass cannot see artifact findings");
        assertEquals(List.of(), of(model, "SUPP-001"));
        assertTrue(of(artifacts, "TCFN-001").get(0).suppressed());
        assertEquals(List.of(), of(artifacts, "SUPP-002"));
        assertEquals(1, of(stale, "SUPP-002").size());
        assertEquals(List.of(), of(validator.validate(unused), "SUPP-002"));
    }

    @Test
    void theFirstMatchingSuppressionGivesTheReason() {
        Report report = validator.validate(with(
                suppression("TDB-004", "first", "database"),
                suppression("TDB-004", "second", null)));
        assertEquals("first", of(report, "TDB-004").get(0).suppression().reason());
        assertEquals(1, of(report, "SUPP-002").size(), "the second one accepted nothing");
    }

    @Test
    void aModelWithoutSourceMapHasFindingsWithoutLocation() {
        Report report = validator.validate(FixedRules.deployment(SourceMap.none(),
                List.of(suppression("NOPE-001", "x", null))));
        assertNull(of(report, "SUPP-001").get(0).location());
    }

    @Test
    void theCatalogOfAValidatorHoldsItsRulesTheSuppressionRulesAndTheReaders() {
        List<String> ids = validator.catalog().rules().stream().map(RuleInfo::id).toList();
        assertEquals(List.of("TDB-004", "TWEB-003", "TCFN-001", "SUPP-001", "SUPP-002", "SUPP-003", "RULE-001", "READ-001"), ids);
    }
}
