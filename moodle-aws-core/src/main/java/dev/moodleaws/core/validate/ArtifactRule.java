package dev.moodleaws.core.validate;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;

/** A rule on what was rendered (the template, config.php, the boot scripts). */
public interface ArtifactRule {
    RuleInfo info();

    /** Reports every violation in the rendered {@code bundle} of {@code deployment} to {@code out}. */
    void check(Deployment deployment, Bundle bundle, Findings out);
}
