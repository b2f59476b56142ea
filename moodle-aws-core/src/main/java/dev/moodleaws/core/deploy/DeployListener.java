package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.List;

/** Progress of a plan or deploy, as it happens. Every method does nothing by default. */
public interface DeployListener {

    /** The listener that ignores everything. */
    DeployListener NONE = new DeployListener() { };

    /** A change set was created and CloudFormation is computing it. */
    default void changeSetCreated(String stackName, String changeSetName, String changeSetType) {
    }

    /**
     * One parameter the change set passes, with the value the stack has now (null for a new stack
     * or a new parameter): the pinned code version and machine images show here when they change.
     */
    default void parameter(String key, String previous, String value) {
    }

    /** One resource change of the change set. */
    default void change(PlannedChange change) {
    }

    /** The template and parameters match the stack: nothing to do. */
    default void noChanges(String stackName) {
    }

    /** The change set would destroy stateful resources that were not allowed; nothing was executed. */
    default void refused(List<PlannedChange> refused) {
    }

    /** The change set is being executed. */
    default void executing(String stackName, int totalChanges) {
    }

    /** A new stack event; done of total resources finished (total 0 when unknown). */
    default void stackEvent(StackEventView event, int done, int total, Duration elapsed) {
    }

    /** Waiting, and why (a change set computing, a busy stack, a deletion). */
    default void waiting(String reason) {
    }

    /** The template went to S3 (uploaded) or was already there (reused). */
    default void templateUploaded(String bucket, String key, boolean uploaded) {
    }

    /** Something the user should know that is not an event (termination protection, stack policy, ...). */
    default void note(String message) {
    }

    /** The deploy moved to another phase. */
    default void phase(String stackName, DeployPhase phase) {
    }

    /** The deploy finished successfully. */
    default void finished(DeployResult result) {
    }
}
