package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleSet;
import dev.moodleaws.core.validate.artifact.TemplateRules;
import dev.moodleaws.core.validate.boot.BootRules;
import java.util.List;
import java.util.stream.Stream;

/** The built-in rules, in catalog order; {@link RuleSet#standard()} finds this class through ServiceLoader. */
public final class StandardRules implements RuleSet {

    @Override
    public List<ModelRule> modelRules() {
        return Stream.of(ApplicationRules.all(), InfrastructureRules.all(), OfferingRules.all(), InputShapeRules.all())
                .flatMap(List::stream).toList();
    }

    @Override
    public List<ArtifactRule> artifactRules() {
        return Stream.concat(TemplateRules.all().stream(), BootRules.all().stream()).toList();
    }
}
