package dev.moodleaws.core.validate;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A set of rules, in catalog order. The built-in set is found through {@link ServiceLoader}, so that
 * this package, which the rules build on, does not depend on the packages that hold them.
 */
public interface RuleSet {

    /** The rules on the deployment model. */
    List<ModelRule> modelRules();

    /** The rules on the rendered files. */
    List<ArtifactRule> artifactRules();

    /** The built-in rules. */
    static RuleSet standard() {
        return BuiltIn.RULES;
    }

    /** Loads the built-in set once. */
    final class BuiltIn {
        static final RuleSet RULES = ServiceLoader.load(RuleSet.class, RuleSet.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the built-in rules are not on the class path "
                        + "(META-INF/services/" + RuleSet.class.getName() + " of moodle-aws-core)"));

        private BuiltIn() {
        }
    }
}
