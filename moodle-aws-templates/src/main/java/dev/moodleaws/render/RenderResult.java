package dev.moodleaws.render;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.validate.Report;
import java.util.Objects;

/**
 * What a render produced.
 *
 * @param bundle         the rendered files
 * @param modelReport    the findings on the deployment (no errors, or the render would have been refused)
 * @param artifactReport the findings on the rendered files
 */
public record RenderResult(Bundle bundle, Report modelReport, Report artifactReport) {
    public RenderResult {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(modelReport, "modelReport");
        Objects.requireNonNull(artifactReport, "artifactReport");
    }

    /** Both reports together. */
    public Report report() {
        return modelReport.plus(artifactReport);
    }

    /** Whether the rendered files have errors (they should then not be deployed). */
    public boolean hasErrors() {
        return artifactReport.hasErrors() || modelReport.hasErrors();
    }
}
