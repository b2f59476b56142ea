package dev.moodleaws.maven;

import dev.moodleaws.DeployRequest;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DriftReport;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Tells whether anyone changed the stack outside CloudFormation: runs CloudFormation drift
 * detection, prints each changed or deleted resource with every differing property (expected
 * versus actual) like plan prints changes, writes {@code drift.json}, and fails the build when the
 * stack has drifted so a CI pipeline can gate on it. Run it with {@code mvn moodle-aws:drift}.
 * Needs AWS credentials that may detect drift and read the stack's resources.
 */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractAwsMojo {
    /** The file the report is written to, in the output directory. */
    static final String JSON = "drift.json";

    @Override
    protected DeployListener listener() {
        return new PrintingDeployListener(getLog()::info);
    }

    @Override
    protected void act(Deployment deployment, RenderResult rendered, DeployRequest request) throws MojoFailureException {
        DriftReport report = moodleAws.drift(deployment, request);
        report.lines().forEach(line -> getLog().info("moodle-aws: " + line));
        try {
            writeAtomically(outputDirectory.toPath().resolve(JSON), report.toJson());
        } catch (IOException e) {
            throw new MojoFailureException("moodle-aws: cannot write " + JSON + ": " + e.getMessage(), e);
        }
        if (report.hasDrift()) {
            throw new MojoFailureException("moodle-aws: " + report.summary() + "; deploy again to put the template's"
                    + " values back, or change the descriptor to keep them (details in " + JSON + ").");
        }
    }
}
