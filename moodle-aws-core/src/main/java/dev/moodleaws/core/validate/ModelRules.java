package dev.moodleaws.core.validate;

import java.util.List;

/** Every rule on the deployment model, in catalog order. */
public final class ModelRules {
    private ModelRules() {
    }

    public static List<ModelRule> all() {
        return List.of();
    }
}
