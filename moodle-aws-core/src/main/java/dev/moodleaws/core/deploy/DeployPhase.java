package dev.moodleaws.core.deploy;

/** Where a deploy stands, so that a stop (an interrupt, Ctrl-C) can be explained truthfully. */
public enum DeployPhase {
    /** Reading the stack and making the change set: nothing changed yet. */
    PREPARING,
    /** Waiting for an operation this deploy did not start: nothing changed by this deploy yet. */
    WAITING_FOR_OTHER_OPERATION,
    /** The change set is executing: CloudFormation works on the stack and carries on without us. */
    EXECUTING,
    /** The stack settled; termination protection and the stack policy are being made right. */
    SETTLED,
    /** The deploy returned. */
    DONE
}
