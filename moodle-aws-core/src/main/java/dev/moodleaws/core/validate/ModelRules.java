package dev.moodleaws.core.validate;

import dev.moodleaws.core.validate.rules.ApplicationRules;
import dev.moodleaws.core.validate.rules.InfrastructureRules;
import dev.moodleaws.core.validate.rules.OfferingRules;
import java.util.List;
import java.util.stream.Stream;

/** Every rule on the deployment model, in catalog order. */
public final class ModelRules {
    private ModelRules() {
    }

    public static List<ModelRule> all() {
        return Stream.of(ApplicationRules.all(), InfrastructureRules.all(), OfferingRules.all())
                .flatMap(List::stream).toList();
    }
}
