package dev.moodleaws.core.validate;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Suppression;
import java.util.ArrayList;
import java.util.List;

/** Runs the rule catalog over a deployment and what was rendered from it, applying suppressions. */
public final class Validator {
    private final List<ModelRule> modelRules;
    private final List<ArtifactRule> artifactRules;

    public Validator(List<ModelRule> modelRules, List<ArtifactRule> artifactRules) {
        this.modelRules = List.copyOf(modelRules);
        this.artifactRules = List.copyOf(artifactRules);
    }

    /** The full catalog. */
    public static Validator standard() {
        return new Validator(ModelRules.all(), ArtifactRules.all());
    }

    /** Checks the model. */
    public Report validate(Deployment deployment) {
        List<Finding> found = new ArrayList<>();
        for (ModelRule rule : modelRules) {
            Findings out = new Findings(rule.info(), deployment.sourceMap());
            rule.check(deployment, out);
            found.addAll(out.list());
        }
        return new Report(suppress(found, deployment.suppressions()));
    }

    /** Checks what was rendered. */
    public Report validateArtifacts(Deployment deployment, Bundle bundle) {
        List<Finding> found = new ArrayList<>();
        for (ArtifactRule rule : artifactRules) {
            Findings out = new Findings(rule.info(), deployment.sourceMap());
            rule.check(deployment, bundle, out);
            found.addAll(out.list());
        }
        return new Report(suppress(found, deployment.suppressions()));
    }

    private static List<Finding> suppress(List<Finding> found, List<Suppression> suppressions) {
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            Suppression match = suppressions.stream().filter(s -> matches(s, f)).findFirst().orElse(null);
            out.add(match == null ? f : f.suppressedBy(match));
        }
        return out;
    }

    private static boolean matches(Suppression s, Finding f) {
        if (!s.rule().equals(f.rule().id())) {
            return false;
        }
        return s.path() == null || f.subject().equals(s.path()) || f.subject().startsWith(s.path() + ".")
                || f.subject().startsWith(s.path() + "[");
    }
}
