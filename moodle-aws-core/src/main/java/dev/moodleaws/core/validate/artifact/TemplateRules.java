package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.ArtifactRule;
import java.util.List;

/** Rules on the rendered CloudFormation template. */
public final class TemplateRules {
    private TemplateRules() {
    }

    public static List<ArtifactRule> all() {
        return List.of(new TemplateParses(), new ReferencesResolve(), new KnownResourceProperties(),
                new StatefulResourcesKept(), new NoOpenAdminPorts(), TemplateSize.inline(), TemplateSize.fromS3(),
                new ResourceCount(), new UserDataSize());
    }
}
