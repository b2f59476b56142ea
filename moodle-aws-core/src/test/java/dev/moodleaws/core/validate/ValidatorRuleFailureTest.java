package dev.moodleaws.core.validate;

import static dev.moodleaws.core.validate.FixedRules.DELETION;
import static dev.moodleaws.core.validate.FixedRules.ENGINE;
import static dev.moodleaws.core.validate.FixedRules.TYPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorRuleFailureTest {

    private static ModelRule throwing(RuleInfo info) {
        return new ModelRule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(Deployment deployment, Findings out) {
                out.at("database", "half a finding");
                throw new IllegalStateException("no database section");
            }
        };
    }

    private static ArtifactRule throwingOnArtifacts(RuleInfo info) {
        return new ArtifactRule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(Deployment deployment, Bundle bundle, Findings out) {
                throw new NullPointerException();
            }
        };
    }

    @Test
    void aThrowingRuleBecomesAnInternalErrorAndTheOthersStillRun() {
        Validator validator = new Validator(List.of(throwing(ENGINE),
                FixedRules.model(TYPES, "web.instanceTypes[1]", "m5.large repeats a family")), List.of());

        Report report = validator.validate(FixedRules.deployment(List.of()));

        List<String> ids = report.findings().stream().map(f -> f.rule().id()).toList();
        assertEquals(List.of("RULE-001", "TWEB-003"), ids, "the half-made findings of the failed rule are dropped");
        Finding failed = report.findings().get(0);
        assertEquals(Severity.ERROR, failed.severity());
        assertEquals("rule TDB-004 (" + ENGINE.title() + ") failed and checked nothing: "
                + "java.lang.IllegalStateException: no database section", failed.message());
        assertTrue(report.hasErrors(), "a rule that could not check must not let the site pass");
    }

    @Test
    void aThrowingArtifactRuleBecomesAnInternalErrorToo() {
        Validator validator = new Validator(List.of(),
                List.of(throwingOnArtifacts(DELETION), FixedRules.artifact(TYPES, 3, "found")));

        Report report = validator.validateArtifacts(FixedRules.deployment(List.of()), new Bundle(List.of()));

        assertEquals(java.util.Set.of("RULE-001", "TWEB-003"),
                report.findings().stream().map(f -> f.rule().id()).collect(java.util.stream.Collectors.toSet()));
        Finding failed = report.findings().stream().filter(f -> f.rule().id().equals("RULE-001")).findFirst()
                .orElseThrow();
        assertTrue(failed.message().startsWith("rule TCFN-001 ("), failed.message());
        assertTrue(failed.message().endsWith("java.lang.NullPointerException"), failed.message());
    }

    @Test
    void theInternalErrorIsInTheCatalog() {
        assertTrue(RuleCatalog.standard().contains("RULE-001"));
    }
}
