package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.ChangeAction;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.Deployer;
import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.deploy.ReplacementRefusedException;
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
    protected void act(Deployer deployer, DeployOptions options) throws MojoFailureException {
        getLog().info("moodle-aws: planning stack " + options.stackName() + "...");
        Plan plan = deployer.plan(options);
        getLog().info("moodle-aws: " + summary(plan));
        List<PlannedChange> refused = plan.dataLosingChanges().stream()
                .filter(c -> !options.allowedReplacements().contains(c.logicalId())).toList();
        if (!refused.isEmpty()) {
            throw new MojoFailureException("moodle-aws: " + new ReplacementRefusedException(options.stackName(), refused)
                    .getMessage());
        }
        List<PlannedChange> allowed = plan.dataLosingChanges();
        if (!allowed.isEmpty()) {
            getLog().warn("moodle-aws: a deploy would destroy " + ids(allowed) + ", allowed by moodle-aws.allowReplacement;"
                    + " make sure you have a backup.");
        }
    }

    /** One line: the stack, the change set type and the count of each kind of change. */
    static String summary(Plan plan) {
        if (plan.noChanges()) {
            return "plan for stack " + plan.stackName() + ": no changes.";
        }
        List<PlannedChange> changes = plan.changes();
        long add = changes.stream().filter(c -> c.action() == ChangeAction.ADD).count();
        long modify = changes.stream().filter(c -> c.action() == ChangeAction.MODIFY).count();
        long remove = changes.stream().filter(c -> c.action() == ChangeAction.REMOVE).count();
        long replace = changes.stream().filter(c -> c.action() == ChangeAction.MODIFY && c.destroysResource()).count();
        return "plan for stack " + plan.stackName() + " (" + plan.changeSetType() + "): " + count(changes.size(), "change")
                + ": " + add + " to add, " + modify + " to modify (" + replace + " by replacement), " + remove
                + " to remove; " + count(plan.dataLosingChanges().size(), "resource") + " holding data at risk.";
    }

    private static String ids(List<PlannedChange> changes) {
        return String.join(", ", changes.stream().map(PlannedChange::logicalId).toList());
    }
}
