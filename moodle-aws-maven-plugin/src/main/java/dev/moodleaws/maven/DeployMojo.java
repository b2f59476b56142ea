package dev.moodleaws.maven;

import dev.moodleaws.DeployRequest;
import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployPhase;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.deploy.RollbackCompleteChoice;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import java.util.Arrays;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the site: validates and renders (as the render goal does), plans the change set (as
 * the plan goal does), refuses to replace or remove resources that hold data unless
 * {@code moodle-aws.allowReplacement} names them, executes the change set, follows the stack
 * events in the build log until the stack settles, and prints the stack outputs, the site URL
 * first. Every deploy makes sure the stack has termination protection and a stack policy that
 * protects its data, and says so. Stopping the build (Ctrl-C) stops only the waiting: a stack
 * that is working carries on on AWS, and running the goal again attaches to it. It has no default phase: run it as {@code mvn moodle-aws:deploy}.
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractAwsMojo {

    /** Turn on termination protection when the stack is first created. */
    @Parameter(property = "moodle-aws.terminationProtection", defaultValue = "true")
    protected boolean terminationProtection = true;

    /**
     * When the stack's first create failed and left it in ROLLBACK_COMPLETE (an empty stack that
     * cannot be updated), delete it and create it again. Destructive, so it also needs
     * {@code -Dmoodle-aws.yes=true}.
     */
    @Parameter(property = "moodle-aws.recreateFailedStack", defaultValue = "false")
    protected boolean recreateFailedStack;

    /**
     * When the stack is stuck in UPDATE_ROLLBACK_FAILED, continue the rollback before deploying
     * (skipping the resources in {@code resourcesToSkip}).
     */
    @Parameter(property = "moodle-aws.continueUpdateRollback", defaultValue = "false")
    protected boolean continueUpdateRollback;

    /**
     * Comma-separated logical IDs to skip when continuing a rollback with
     * {@code continueUpdateRollback}: resources that cannot be rolled back, for example because
     * they were changed outside CloudFormation.
     */
    @Parameter(property = "moodle-aws.resourcesToSkip")
    protected String resourcesToSkip;

    /** Confirms a destructive option ({@code recreateFailedStack}). */
    @Parameter(property = "moodle-aws.yes", defaultValue = "false")
    protected boolean yes;

    /** Where the deploy stands, so that stopping the build says what it leaves behind. */
    private volatile DeployPhase phase = DeployPhase.PREPARING;

    @Override
    protected void checkParameters() throws MojoFailureException {
        if (recreateFailedStack && !yes) {
            throw new MojoFailureException("moodle-aws: moodle-aws.recreateFailedStack deletes the stack (and whatever"
                    + " its failed create left) before creating it again. Confirm with -Dmoodle-aws.yes=true"
                    + " as well.");
        }
        if (skipped().length > 0 && !continueUpdateRollback) {
            throw new MojoFailureException("moodle-aws: moodle-aws.resourcesToSkip is only used when continuing a "
                    + "rollback; add -Dmoodle-aws.continueUpdateRollback=true, or remove it.");
        }
    }

    private String[] skipped() {
        return resourcesToSkip == null ? new String[0] : Arrays.stream(resourcesToSkip.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @Override
    protected void addOptions(DeployOptions.Builder options) {
        options.terminationProtection(terminationProtection)
                .onRollbackComplete(recreateFailedStack ? RollbackCompleteChoice.DELETE_AND_RECREATE
                        : RollbackCompleteChoice.FAIL_WITH_HELP)
                .continueUpdateRollback(continueUpdateRollback, skipped());
    }

    @Override
    protected DeployListener listener() {
        PrintingDeployListener printing = new PrintingDeployListener(getLog()::info);
        return new ForwardingListener(printing) {
            @Override
            public void phase(String stackName, DeployPhase next) {
                phase = next;
                super.phase(stackName, next);
            }
        };
    }

    @Override
    protected void act(Deployment deployment, RenderResult rendered, DeployRequest request) {
        String stack = request.stackName().orElse(deployment.name());
        Thread onStop = new Thread(() -> getLog().warn(stopMessage(stack, phase)), "moodle-aws-stop-notice");
        boolean hooked = addShutdownHook(onStop);
        DeployResult result;
        try {
            getLog().info("moodle-aws: deploying stack " + stack + "...");
            result = moodleAws.deploy(deployment, rendered, request);
        } finally {
            if (hooked) {
                removeShutdownHook(onStop);
            }
        }
        String site = result.outputs().get(MoodleAws.SITE_URL_OUTPUT);
        getLog().info("moodle-aws: stack " + stack + " is " + result.status()
                + (result.noChanges() ? " (nothing to change)" : "")
                + (site == null ? "." : "; the site is at " + site));
    }

    /** What the user reads when the build is stopped, for where the deploy stood. */
    static String stopMessage(String stack, DeployPhase phase) {
        return switch (phase) {
            case PREPARING -> "moodle-aws: stopped before the change set was executed; stack " + stack
                    + " was not changed.";
            case WAITING_FOR_OTHER_OPERATION -> "moodle-aws: stopped while waiting for another operation on stack "
                    + stack + "; this deploy changed nothing, and that operation carries on on AWS.";
            case EXECUTING -> "moodle-aws: stopped waiting; stack " + stack + " carries on on AWS. Follow it with "
                    + "'aws cloudformation describe-stack-events --stack-name " + stack + "', or run mvn "
                    + "moodle-aws:deploy again: it attaches to the running operation and waits for it.";
            case SETTLED -> "moodle-aws: stopped after stack " + stack + " settled; nothing runs on it. Run mvn "
                    + "moodle-aws:deploy again to make sure termination protection and the stack policy are in place.";
            case DONE -> "moodle-aws: stopped after the deploy of stack " + stack + " finished.";
        };
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | SecurityException e) {
            // the JVM is already shutting down: the hook runs and says where the stack stands
        }
    }
}
