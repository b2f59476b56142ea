package dev.moodleaws.core.validate;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the rule catalog over a deployment and what was rendered from it, and applies the
 * descriptor's suppressions.
 *
 * <p>A suppression names a rule ID and optionally a key path; it accepts the findings of that rule
 * whose subject is the path or lies below it ({@code web} covers {@code web.instanceTypes[2]}).
 * Accepted findings stay in the report, marked suppressed with the reason, and do not count
 * toward failing. The suppressions themselves are checked: one naming an unknown rule is
 * {@link RuleCatalog#UNKNOWN_RULE}, one without a reason is {@link RuleCatalog#MISSING_REASON}
 * (and accepts nothing), and one that accepts nothing is {@link RuleCatalog#UNUSED_SUPPRESSION}.
 * The model pass reports the first two; each pass reports unused suppressions of its own rules,
 * so the merged report of both passes says everything exactly once.
 */
public final class Validator {
    private final List<ModelRule> modelRules;
    private final List<ArtifactRule> artifactRules;
    private final Set<String> modelRuleIds;
    private final Set<String> artifactRuleIds;
    private final RuleCatalog catalog;

    public Validator(List<ModelRule> modelRules, List<ArtifactRule> artifactRules) {
        this.modelRules = List.copyOf(modelRules);
        this.artifactRules = List.copyOf(artifactRules);
        this.modelRuleIds = this.modelRules.stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
        this.artifactRuleIds = this.artifactRules.stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
        this.catalog = RuleCatalog.of(this.modelRules, this.artifactRules);
    }

    /** The full catalog. */
    public static Validator standard() {
        return new Validator(RuleSet.standard().modelRules(), RuleSet.standard().artifactRules());
    }

    /** The full catalog plus rules of an embedding program, applied after the built-in ones. */
    public static Validator standardWith(List<ModelRule> extraModelRules, List<ArtifactRule> extraArtifactRules) {
        List<ModelRule> model = new ArrayList<>(RuleSet.standard().modelRules());
        model.addAll(extraModelRules);
        List<ArtifactRule> artifact = new ArrayList<>(RuleSet.standard().artifactRules());
        artifact.addAll(extraArtifactRules);
        return new Validator(model, artifact);
    }

    /** The rules this validator applies, including those on suppressions. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** Checks the model and the descriptor's suppressions. */
    public Report validate(Deployment deployment) {
        List<Finding> found = new ArrayList<>();
        for (ModelRule rule : modelRules) {
            Findings out = new Findings(rule.info(), deployment.sourceMap());
            try {
                rule.check(deployment, out);
                found.addAll(out.list());
            } catch (RuntimeException | StackOverflowError e) {
                found.add(ruleFailed(rule.info(), e, deployment));
            }
        }
        List<Finding> result = suppress(found, deployment, modelRuleIds);
        result.addAll(invalidSuppressions(deployment));
        return new Report(result);
    }

    /** Checks what was rendered. */
    public Report validateArtifacts(Deployment deployment, Bundle bundle) {
        List<Finding> found = new ArrayList<>();
        for (ArtifactRule rule : artifactRules) {
            Findings out = new Findings(rule.info(), deployment.sourceMap());
            try {
                rule.check(deployment, bundle, out);
                found.addAll(out.list());
            } catch (RuntimeException | StackOverflowError e) {
                found.add(ruleFailed(rule.info(), e, deployment));
            }
        }
        return new Report(suppress(found, deployment, artifactRuleIds));
    }

    /** The finding that says a rule failed: which rule, and the exception; it cannot be suppressed. */
    private static Finding ruleFailed(RuleInfo rule, Throwable e, Deployment deployment) {
        Findings failed = new Findings(RuleCatalog.RULE_FAILED, deployment.sourceMap());
        failed.at("", "rule " + rule.id() + " (" + rule.title() + ") failed and checked nothing: "
                + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        return failed.list().get(0);
    }

    /**
     * Marks the findings that a valid suppression accepts, and adds a warning for each valid
     * suppression of one of {@code passRules} that accepted nothing.
     */
    private List<Finding> suppress(List<Finding> found, Deployment deployment, Set<String> passRules) {
        List<Suppression> suppressions = deployment.suppressions();
        boolean[] used = new boolean[suppressions.size()];
        List<Finding> out = new ArrayList<>(found.size() + 1);
        for (Finding f : found) {
            int match = firstMatch(suppressions, f);
            if (match < 0) {
                out.add(f);
            } else {
                used[match] = true;
                out.add(f.suppressedBy(suppressions.get(match)));
            }
        }
        Findings unused = new Findings(RuleCatalog.UNUSED_SUPPRESSION, deployment.sourceMap());
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (!used[i] && isValid(s) && passRules.contains(s.rule())) {
                unused.at("suppressions[" + i + "]", "the suppression of " + s.rule()
                        + (s.path() == null ? "" : " at " + s.path()) + " accepts no finding");
            }
        }
        out.addAll(unused.list());
        return out;
    }

    private List<Finding> invalidSuppressions(Deployment deployment) {
        List<Suppression> suppressions = deployment.suppressions();
        Findings unknown = new Findings(RuleCatalog.UNKNOWN_RULE, deployment.sourceMap());
        Findings noReason = new Findings(RuleCatalog.MISSING_REASON, deployment.sourceMap());
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (!isKnownTarget(s.rule())) {
                unknown.at("suppressions[" + i + "].rule", catalog.contains(s.rule())
                        ? "the suppression names rule " + s.rule() + ", which checks suppressions and cannot be suppressed"
                        : "the suppression names rule \"" + s.rule() + "\", which is not in the rule catalog");
            }
            if (s.reason().isBlank()) {
                noReason.at("suppressions[" + i + "].reason", "the suppression of " + s.rule() + " gives no reason");
            }
        }
        List<Finding> out = new ArrayList<>(unknown.list());
        out.addAll(noReason.list());
        return out;
    }

    /** Rules on suppressions cannot themselves be suppressed. */
    private boolean isKnownTarget(String ruleId) {
        return modelRuleIds.contains(ruleId) || artifactRuleIds.contains(ruleId);
    }

    private boolean isValid(Suppression s) {
        return isKnownTarget(s.rule()) && !s.reason().isBlank();
    }

    private int firstMatch(List<Suppression> suppressions, Finding f) {
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (isValid(s) && matches(s, f)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(Suppression s, Finding f) {
        if (!s.rule().equals(f.rule().id())) {
            return false;
        }
        String path = s.path();
        if (path == null || path.isEmpty()) {
            return true;
        }
        String subject = f.subject();
        return subject.equals(path) || subject.startsWith(path + ".") || subject.startsWith(path + "[");
    }
}
