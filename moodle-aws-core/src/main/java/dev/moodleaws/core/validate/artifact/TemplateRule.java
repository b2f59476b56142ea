package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;

/** A rule on the parsed template; it is silent when there is no template or it does not parse (TPL-001 reports that). */
abstract class TemplateRule implements ArtifactRule {
    static final String FILE = Bundle.TEMPLATE;

    @Override
    public final void check(Deployment deployment, Bundle bundle, Findings out) {
        TemplateTree.of(bundle).ifPresent(t -> check(t, out));
    }

    abstract void check(TemplateTree template, Findings out);
}
