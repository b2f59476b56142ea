package dev.moodleaws.core.validate;

import java.util.List;

/** Every rule on rendered artifacts, in catalog order. */
public final class ArtifactRules {
    private ArtifactRules() {
    }

    public static List<ArtifactRule> all() {
        return List.of();
    }
}
