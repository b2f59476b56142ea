package dev.moodleaws.core.validate;

import dev.moodleaws.core.validate.rules.ApplicationRules;
import dev.moodleaws.core.validate.rules.InfrastructureRules;
import java.util.List;
import java.util.stream.Stream;

/** Every rule on the deployment model, in catalog order. */
public final class ModelRules {
    private ModelRules() {
    }

    public static List<ModelRule> all() {
        return Stream.concat(ApplicationRules.all().stream(), InfrastructureRules.all().stream()).toList();
    }
}
