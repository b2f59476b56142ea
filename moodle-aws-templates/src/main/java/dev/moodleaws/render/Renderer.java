package dev.moodleaws.render;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Validator;
import dev.moodleaws.render.diagram.DiagramViews;
import dev.moodleaws.render.instance.InstanceArtifacts;
import dev.moodleaws.render.instance.InstanceRenderer;
import dev.moodleaws.render.stack.StackView;
import dev.moodleaws.render.stack.StackViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The render step: validates a deployment, renders its bundle ({@code cloudformation.yaml},
 * {@code architecture.mmd} and the instances' files) in memory, and checks what was rendered.
 * Rendering is deterministic: the same deployment gives the same bytes.
 */
public final class Renderer {
    /** The Mermaid diagram, at the top of the output folder. */
    public static final String DIAGRAM = "architecture.mmd";

    private final TemplateEngine engine;
    private final Validator validator;

    /** A renderer with the standard rule catalog. */
    public Renderer(TemplateEngine engine) {
        this(engine, Validator.standard());
    }

    /** A renderer with a rule catalog of its own. */
    public Renderer(TemplateEngine engine, Validator validator) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Renders {@code deployment}.
     *
     * @throws RenderRefusedException when the deployment has validation errors
     */
    public RenderResult render(Deployment deployment) {
        Report modelReport = validator.validate(deployment);
        if (modelReport.hasErrors()) {
            throw new RenderRefusedException(modelReport);
        }
        InstanceArtifacts instances = new InstanceRenderer(engine).render(deployment);
        StackView stack = StackViews.of(deployment, instances);
        List<BundleFile> files = new ArrayList<>();
        files.add(new BundleFile(Bundle.TEMPLATE, engine.render("cloudformation.yaml.ftl", stack), false));
        files.add(new BundleFile(DIAGRAM, engine.render("architecture.mmd.ftl",
                DiagramViews.of(deployment, stack)), false));
        files.addAll(instances.files());
        Bundle bundle = new Bundle(files);
        return new RenderResult(bundle, modelReport, validator.validateArtifacts(deployment, bundle));
    }
}
