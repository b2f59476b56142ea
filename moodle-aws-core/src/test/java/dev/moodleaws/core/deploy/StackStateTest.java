package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.moodleaws.core.deploy.StackState.Kind;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

class StackStateTest {

    /** The one classification table: every CloudFormation stack status and what it means to a deploy. */
    private static final Map<String, Kind> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("CREATE_IN_PROGRESS", Kind.RUNNING),
            Map.entry("CREATE_FAILED", Kind.FAILED),
            Map.entry("CREATE_COMPLETE", Kind.SUCCEEDED),
            Map.entry("ROLLBACK_IN_PROGRESS", Kind.RUNNING),
            Map.entry("ROLLBACK_FAILED", Kind.STUCK),
            Map.entry("ROLLBACK_COMPLETE", Kind.STUCK),
            Map.entry("DELETE_IN_PROGRESS", Kind.RUNNING),
            Map.entry("DELETE_FAILED", Kind.STUCK),
            Map.entry("DELETE_COMPLETE", Kind.GONE),
            Map.entry("UPDATE_IN_PROGRESS", Kind.RUNNING),
            Map.entry("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", Kind.RUNNING),
            Map.entry("UPDATE_COMPLETE", Kind.SUCCEEDED),
            Map.entry("UPDATE_FAILED", Kind.FAILED),
            Map.entry("UPDATE_ROLLBACK_IN_PROGRESS", Kind.RUNNING),
            Map.entry("UPDATE_ROLLBACK_FAILED", Kind.STUCK),
            Map.entry("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", Kind.RUNNING),
            Map.entry("UPDATE_ROLLBACK_COMPLETE", Kind.FAILED),
            Map.entry("REVIEW_IN_PROGRESS", Kind.EMPTY),
            Map.entry("IMPORT_IN_PROGRESS", Kind.RUNNING),
            Map.entry("IMPORT_COMPLETE", Kind.SUCCEEDED),
            Map.entry("IMPORT_ROLLBACK_IN_PROGRESS", Kind.RUNNING),
            Map.entry("IMPORT_ROLLBACK_FAILED", Kind.STUCK),
            Map.entry("IMPORT_ROLLBACK_COMPLETE", Kind.FAILED)));

    @Test
    void everyStatusIsClassifiedAsTheTableSays() {
        Map<String, Kind> actual = new TreeMap<>();
        for (StackState state : StackState.values()) {
            if (state != StackState.UNKNOWN) {
                actual.put(state.name(), state.kind());
            }
        }
        assertEquals(TABLE, actual);
    }

    @Test
    void everyStatusTheSdkKnowsIsInTheTable() {
        for (StackStatus status : StackStatus.knownValues()) {
            StackState state = StackState.of(status.toString());
            assertNotEquals(StackState.UNKNOWN, state, status + " is not classified");
            assertEquals(TABLE.get(status.toString()), state.kind(), status.toString());
        }
    }

    @Test
    void settledAndSucceededFollowTheKind() {
        for (StackState state : StackState.values()) {
            assertEquals(state.kind() != Kind.RUNNING, state.settled(), state.name());
            assertEquals(state.kind() == Kind.SUCCEEDED, state.succeeded(), state.name());
        }
        assertEquals(StackState.UNKNOWN, StackState.of("SOMETHING_NEW_IN_PROGRESS"));
        assertEquals(StackState.UNKNOWN, StackState.of(null));
        assertEquals(Kind.RUNNING, StackState.UNKNOWN.kind(), "an unknown status is waited on, not acted upon");
    }
}
