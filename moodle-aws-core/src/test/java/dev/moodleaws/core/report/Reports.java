package dev.moodleaws.core.report;

import static dev.moodleaws.core.validate.FixedRules.DELETION;
import static dev.moodleaws.core.validate.FixedRules.ENGINE;
import static dev.moodleaws.core.validate.FixedRules.NOTE;
import static dev.moodleaws.core.validate.FixedRules.TYPES;

import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.model.Suppression;
import dev.moodleaws.core.validate.FixedRules;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.Validator;
import java.util.List;

/** The report every report test writes: an error, a warning (suppressed), an info, an artifact error. */
final class Reports {
    static final Validator VALIDATOR = new Validator(
            List.of(FixedRules.model(ENGINE, "database.engineVersion", "engine version 5.7 is too old for Moodle 5.0"),
                    FixedRules.model(TYPES, "web.instanceTypes[1]", "m5.large repeats the family of m5.xlarge"),
                    FixedRules.model(NOTE, "cache.nodeType", "cache.t4g.micro\nhas little memory")),
            List.of(FixedRules.artifact(DELETION, 88, "the database has no DeletionPolicy")));

    private static final List<Suppression> SUPPRESSIONS = List.of(Suppression.builder()
            .rule("TWEB-003").path("web.instanceTypes").reason("two families suffice for this site").build());

    private Reports() {
    }

    static RuleCatalog catalog() {
        return VALIDATOR.catalog();
    }

    /** Read from {@code moodle-aws.yaml}, so findings have locations. */
    static Report located() {
        return of(FixedRules.sourceMap());
    }

    /** A model built in Java: no locations for model findings. */
    static Report unlocated() {
        return of(SourceMap.none());
    }

    private static Report of(SourceMap sources) {
        var deployment = FixedRules.deployment(sources, SUPPRESSIONS);
        return VALIDATOR.validate(deployment).plus(VALIDATOR.validateArtifacts(deployment, FixedRules.bundle()));
    }
}
