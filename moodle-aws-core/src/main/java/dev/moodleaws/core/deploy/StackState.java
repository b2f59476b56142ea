package dev.moodleaws.core.deploy;

import java.util.Locale;

/**
 * A CloudFormation stack status, classified once for every decision the deployer makes: whether an
 * operation is running, whether the last one succeeded, and whether a change set can be made now.
 */
public enum StackState {
    CREATE_IN_PROGRESS(Kind.RUNNING),
    CREATE_FAILED(Kind.FAILED),
    CREATE_COMPLETE(Kind.SUCCEEDED),
    ROLLBACK_IN_PROGRESS(Kind.RUNNING),
    ROLLBACK_FAILED(Kind.STUCK),
    ROLLBACK_COMPLETE(Kind.STUCK),
    DELETE_IN_PROGRESS(Kind.RUNNING),
    DELETE_FAILED(Kind.STUCK),
    DELETE_COMPLETE(Kind.GONE),
    UPDATE_IN_PROGRESS(Kind.RUNNING),
    UPDATE_COMPLETE_CLEANUP_IN_PROGRESS(Kind.RUNNING),
    UPDATE_COMPLETE(Kind.SUCCEEDED),
    UPDATE_FAILED(Kind.FAILED),
    UPDATE_ROLLBACK_IN_PROGRESS(Kind.RUNNING),
    UPDATE_ROLLBACK_FAILED(Kind.STUCK),
    UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS(Kind.RUNNING),
    UPDATE_ROLLBACK_COMPLETE(Kind.FAILED),
    REVIEW_IN_PROGRESS(Kind.EMPTY),
    IMPORT_IN_PROGRESS(Kind.RUNNING),
    IMPORT_COMPLETE(Kind.SUCCEEDED),
    IMPORT_ROLLBACK_IN_PROGRESS(Kind.RUNNING),
    IMPORT_ROLLBACK_FAILED(Kind.STUCK),
    IMPORT_ROLLBACK_COMPLETE(Kind.FAILED),
    /** A status this version does not know; treated as running, so the deployer waits and looks again. */
    UNKNOWN(Kind.RUNNING);

    /** What a status means to a deploy. */
    public enum Kind {
        /** An operation is running: wait for it. */
        RUNNING,
        /** The last operation succeeded; the stack can be changed. */
        SUCCEEDED,
        /** The last operation failed and was rolled back (or failed without rollback); the stack can be changed. */
        FAILED,
        /** The stack needs a decision before it can be changed (delete it, continue its rollback). */
        STUCK,
        /** Only the shell a CREATE change set made: no resources yet. */
        EMPTY,
        /** The stack was deleted. */
        GONE
    }

    private final Kind kind;

    StackState(Kind kind) {
        this.kind = kind;
    }

    /** The state of a status string; {@link #UNKNOWN} for null or one this version does not know. */
    public static StackState of(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Whether no operation is running on the stack (the empty shell of a change set counts as settled). */
    public boolean settled() {
        return kind != Kind.RUNNING;
    }

    /** Whether the last operation succeeded. */
    public boolean succeeded() {
        return kind == Kind.SUCCEEDED;
    }
}
