package dev.moodleaws.maven;

import dev.moodleaws.core.cost.CostEstimate;
import dev.moodleaws.core.cost.CostException;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Estimates what the site costs a month: validates and renders (as the render goal does), then
 * prices each component with the price table shipped with the plugin (its source and date are
 * printed) or the one {@code moodle-aws.priceTable} names, with the Spot share and the
 * all-On-Demand figure beside it. Writes {@code cost.json} next to the rendered files. Needs no AWS
 * account. Run it with {@code mvn moodle-aws:cost}.
 */
@Mojo(name = "cost", threadSafe = true)
public class CostMojo extends AbstractRenderingMojo {
    /** The file the estimate is written to, in the output directory. */
    static final String JSON = "cost.json";

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Deployment deployment = readDescriptor();
        RenderResult rendered = renderAndWrite(deployment);
        CostEstimate estimate;
        try {
            estimate = moodleAws.cost(deployment, rendered, priceTable());
        } catch (CostException e) {
            throw new MojoFailureException("moodle-aws: " + e.getMessage() + " (-Dmoodle-aws.priceTable=<file>)", e);
        }
        estimate.toText().lines().forEach(line -> getLog().info(line));
        try {
            writeAtomically(outputDirectory.toPath().resolve(JSON), estimate.toJson());
        } catch (IOException e) {
            throw new MojoExecutionException("moodle-aws: cannot write " + JSON + ": " + e.getMessage(), e);
        }
    }
}
