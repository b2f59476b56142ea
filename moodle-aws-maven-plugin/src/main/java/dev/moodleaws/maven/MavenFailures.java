package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.DeployConfigurationException;
import dev.moodleaws.core.deploy.DeployException;
import dev.moodleaws.core.deploy.DestroyRefusedException;
import dev.moodleaws.core.deploy.ReplacementRefusedException;
import dev.moodleaws.core.deploy.StackBusyException;
import dev.moodleaws.core.deploy.StackFailedException;
import dev.moodleaws.core.deploy.TemplateTooLargeException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the library's typed deploy failures into build failures: the library's explanation, then
 * the Maven property that changes the outcome. The library's exception stays the cause, so
 * {@code mvn -e} shows the whole chain down to the AWS SDK.
 */
final class MavenFailures {

    private MavenFailures() {
    }

    /**
     * The build failure for a deploy failure.
     *
     * @param e               the library's failure
     * @param descriptor      the descriptor as the log names it
     * @param stackNameIsSet  whether {@code moodle-aws.stackName} was given
     */
    static MojoFailureException of(DeployException e, String descriptor, boolean stackNameIsSet) {
        return new MojoFailureException("moodle-aws: " + e.getMessage() + hint(e, descriptor, stackNameIsSet), e);
    }

    private static String hint(DeployException e, String descriptor, boolean stackNameIsSet) {
        if (e instanceof ReplacementRefusedException refused) {
            return "\nWith Maven: -Dmoodle-aws.allowReplacement=" + refused.refusedIds();
        }
        if (e instanceof DestroyRefusedException refused && refused.needsConfirmation()) {
            return "\nWith Maven: -Dmoodle-aws.confirm=" + e.stackName() + " (in CI: -Dmoodle-aws.yes=true "
                    + "-Dmoodle-aws.stackName=" + e.stackName() + ")";
        }
        if (e instanceof StackBusyException) {
            return "\nWith Maven: -Dmoodle-aws.waitForBusyStack=true (the default) waits for it.";
        }
        if (e instanceof TemplateTooLargeException large && large.bucketWouldHelp()) {
            return "\nWith Maven: -Dmoodle-aws.bucket=<bucket in the stack's region>";
        }
        if (e instanceof StackFailedException failed) {
            return switch (failed.status()) {
                case "ROLLBACK_COMPLETE" -> "\nWith Maven: -Dmoodle-aws.recreateFailedStack=true -Dmoodle-aws.yes=true";
                case "UPDATE_ROLLBACK_FAILED" -> "\nWith Maven: -Dmoodle-aws.continueUpdateRollback=true (and "
                        + "-Dmoodle-aws.resourcesToSkip=LogicalId,... for resources that cannot be rolled back)";
                default -> "";
            };
        }
        if (e instanceof DeployConfigurationException config) {
            return switch (config.setting()) {
                case REGION -> " (-Dmoodle-aws.region=<region>)";
                case CREDENTIALS -> " (-Dmoodle-aws.profile=<profile>)";
                case ENDPOINT -> " (-Dmoodle-aws.endpoint)";
                case TEMPLATE_BUCKET -> " (-Dmoodle-aws.bucket)";
                case STACK_NAME -> stackNameIsSet ? " (-Dmoodle-aws.stackName)." : " (it comes from 'name' in "
                        + descriptor + "; set -Dmoodle-aws.stackName=<name> to use another).";
                case OTHER -> "";
            };
        }
        return "";
    }
}
