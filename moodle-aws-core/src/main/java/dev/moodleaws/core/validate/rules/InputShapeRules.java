package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/**
 * Rules on the form of written values: what validate accepts here, render can write into every
 * file and AWS accepts. Whether a name exists (an instance type, a policy) is for other rules.
 */
public final class InputShapeRules {
    private static final List<ModelRule> ALL = List.of(
            new CodeRefFormat(),
            new CodeRepositoryScheme(),
            new WwwrootShape(),
            new RawValueShapes(),
            new AdminEmailShape(),
            new SettingNames(),
            new StableInstanceTypeFormat(),
            new DatabaseIdentifiers(),
            new SslPolicyShape(),
            new TagLimits());

    private InputShapeRules() {
    }

    /** In catalog order: by group (MOODLE, STABLE, DB, LB, TPL), then number. */
    public static List<ModelRule> all() {
        return ALL;
    }
}
