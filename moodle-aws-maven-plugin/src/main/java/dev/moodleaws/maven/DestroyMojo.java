package dev.moodleaws.maven;

import dev.moodleaws.DeployRequest;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DestroyResult;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tears the site down and keeps its data: refuses unless the stack name is given again
 * ({@code -Dmoodle-aws.confirm=<stack name>}, or in CI {@code -Dmoodle-aws.yes=true} with
 * {@code -Dmoodle-aws.stackName=<stack name>}), refuses while the database's deletion protection is
 * on, turns termination protection off only as part of this goal, deletes the stack following its
 * events like deploy, then lists every resource kept (file system, secrets, backup vault) and every
 * final snapshot (database, cache) with its ID, what it keeps costing and how to delete it. Run it
 * with {@code mvn moodle-aws:destroy}.
 */
@Mojo(name = "destroy", threadSafe = true)
public class DestroyMojo extends AbstractAwsMojo {
    /** The stack name, given again to confirm the destroy. */
    @Parameter(property = "moodle-aws.confirm")
    protected String confirm;

    /** With {@code moodle-aws.stackName} set, confirms the destroy of that stack (for CI). */
    @Parameter(property = "moodle-aws.yes", defaultValue = "false")
    protected boolean yes;

    @Override
    protected DeployListener listener() {
        return new PrintingDeployListener(getLog()::info);
    }

    @Override
    protected void act(Deployment deployment, RenderResult rendered, DeployRequest request) throws MojoFailureException {
        String confirmation = isSet(confirm) ? confirm.trim() : yes && isSet(stackName) ? stackName.trim() : null;
        DestroyResult result = moodleAws.destroy(deployment, request, confirmation, priceTable());
        result.lines().forEach(line -> getLog().info("moodle-aws: " + line));
    }
}
