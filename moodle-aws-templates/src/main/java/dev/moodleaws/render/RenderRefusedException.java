package dev.moodleaws.render;

import dev.moodleaws.core.validate.Report;

/** The deployment has validation errors, so nothing was rendered; the report says what to fix. */
public final class RenderRefusedException extends RenderException {
    private static final long serialVersionUID = 1L;

    private final transient Report report;

    public RenderRefusedException(Report report) {
        super("the deployment has " + report.count(dev.moodleaws.core.validate.Severity.ERROR)
                + " validation error(s); nothing was rendered", null);
        this.report = report;
    }

    /** The model report whose errors refused the render. */
    public Report report() {
        return report;
    }
}
