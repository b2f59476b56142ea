package dev.moodleaws.core.validate;

import dev.moodleaws.core.model.Deployment;

/** A rule on the deployment model: one reason to change, a failing and a passing test. */
public interface ModelRule {
    RuleInfo info();

    /** Reports every violation in {@code deployment} to {@code out}. */
    void check(Deployment deployment, Findings out);
}
