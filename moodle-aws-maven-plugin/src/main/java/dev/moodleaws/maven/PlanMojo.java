package dev.moodleaws.maven;

import dev.moodleaws.DeployRequest;
import dev.moodleaws.core.cost.CostException;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.deploy.ReplacementRefusedException;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Shows what a deploy would change, without changing anything: validates and renders (as the
 * render goal does), creates a CloudFormation change set for the stack, lists every change
 * (added, modified, removed, replaced, with the resource type and whether it holds data), then
 * deletes the change set. Fails the build when the change set would replace or remove a resource
 * that holds data and {@code moodle-aws.allowReplacement} does not name it, so a CI pipeline can
 * gate on it. Run it with {@code mvn moodle-aws:plan}, or bind it to {@code verify} (its default
 * phase) in a profile your pipeline activates. Needs AWS credentials that may read the stack and
 * create and delete change sets.
 */
@Mojo(name = "plan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PlanMojo extends AbstractAwsMojo {

    @Override
    protected DeployListener listener() {
        return new PrintingDeployListener(getLog()::info);
    }

    @Override
    protected void act(Deployment deployment, RenderResult rendered, DeployRequest request)
            throws MojoFailureException {
        getLog().info("moodle-aws: planning stack " + request.stackName().orElse(deployment.name()) + "...");
        Plan plan = moodleAws.plan(deployment, rendered, request);
        getLog().info("moodle-aws: " + plan.summary());
        try {
            getLog().info("moodle-aws: " + moodleAws.cost(deployment, rendered, priceTable()).summary()
                    + "; mvn moodle-aws:cost shows each component");
        } catch (CostException e) {
            getLog().warn("moodle-aws: no cost estimate: " + e.getMessage());
        }
        if (!plan.deployable()) {
            throw MavenFailures.of(new ReplacementRefusedException(plan.stackName(), plan.refused()), displayPath(),
                    isSet(stackName));
        }
        List<PlannedChange> allowed = plan.allowedDataLosses();
        if (!allowed.isEmpty()) {
            getLog().warn("moodle-aws: a deploy would destroy " + String.join(", ",
                    allowed.stream().map(PlannedChange::logicalId).toList())
                    + ", allowed by moodle-aws.allowReplacement; make sure you have a backup.");
        }
    }
}
