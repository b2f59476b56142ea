package dev.moodleaws.core.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Runs one model rule and states what it must find. */
final class RuleAssert {
    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666";

    private RuleAssert() {
    }

    /** A deployment with every default and the two values a user must give: it passes every rule. */
    static Deployment.Builder valid() {
        return Deployment.builder()
                .name("campus")
                .region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .loadBalancer(LoadBalancer.builder().certificateArn(CERTIFICATE).build());
    }

    static List<Finding> check(ModelRule rule, Deployment deployment) {
        Findings out = new Findings(rule.info(), deployment.sourceMap());
        rule.check(deployment, out);
        return out.list();
    }

    /** The rule finds exactly one problem, at {@code path}, whose message names {@code offendingValue}. */
    static Finding assertFindsOne(ModelRule rule, Deployment deployment, String path, String offendingValue) {
        List<Finding> found = check(rule, deployment);
        assertEquals(1, found.size(), () -> rule.info().id() + " should find one problem, found " + found);
        Finding f = found.get(0);
        assertEquals(path, f.subject(), "key path of the finding");
        assertTrue(f.message().contains(offendingValue),
                () -> "message should name " + offendingValue + ": " + f.message());
        return f;
    }

    static void assertPasses(ModelRule rule, Deployment deployment) {
        List<Finding> found = check(rule, deployment);
        assertTrue(found.isEmpty(), () -> rule.info().id() + " should pass, found " + found);
    }

    static void assertFinds(ModelRule rule, Deployment deployment) {
        assertFalse(check(rule, deployment).isEmpty(), () -> rule.info().id() + " should find a problem");
    }
}
