package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import java.util.Map;
import java.util.Optional;

/**
 * A rule on the form of written values: each value that has not the form gets a finding naming
 * its key path, the value and what is allowed.
 */
abstract class ShapeRule implements ModelRule {
    private final RuleInfo info;

    ShapeRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /** The values to check by key path, in descriptor order; null values are left out. */
    abstract Map<String, String> values(Deployment deployment);

    /** Why a value is not allowed, or empty when it is. */
    abstract Optional<String> problem(String path, String value);

    @Override
    public final void check(Deployment deployment, Findings out) {
        values(deployment).forEach((path, value) -> {
            if (value != null) {
                problem(path, value).ifPresent(p -> out.at(path, path + " is '" + value + "': " + p));
            }
        });
    }
}
