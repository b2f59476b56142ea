package dev.moodleaws.core.deploy;

/** What to do with a stack left in ROLLBACK_COMPLETE by a failed first create. */
public enum RollbackCompleteChoice {
    /** Stop with the failure reasons and how to allow re-creation. */
    FAIL_WITH_HELP,
    /** Delete the empty stack, wait for the deletion, and create it again. */
    DELETE_AND_RECREATE
}
