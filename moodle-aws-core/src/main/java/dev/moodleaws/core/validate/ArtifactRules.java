package dev.moodleaws.core.validate;

import dev.moodleaws.core.validate.artifact.TemplateRules;
import dev.moodleaws.core.validate.boot.BootRules;
import java.util.List;
import java.util.stream.Stream;

/** Every rule on rendered artifacts, in catalog order. */
public final class ArtifactRules {
    private ArtifactRules() {
    }

    public static List<ArtifactRule> all() {
        return Stream.concat(TemplateRules.all().stream(), BootRules.all().stream()).toList();
    }
}
