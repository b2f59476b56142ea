package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Rules on the AWS infrastructure: network, database, file storage, cache, web fleet and load balancer. */
public final class InfrastructureRules {
    private InfrastructureRules() {
    }

    public static List<ModelRule> all() {
        return List.of();
    }
}
