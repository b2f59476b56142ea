package dev.moodleaws.core.deploy;

import java.time.Instant;

/**
 * One stack event, reduced to what a user reads.
 *
 * @param timestamp  when it happened on AWS
 * @param logicalId  the resource's logical ID (the stack name for the stack itself)
 * @param type       the resource type
 * @param status     e.g. CREATE_IN_PROGRESS, CREATE_FAILED
 * @param reason     the status reason, or null
 */
public record StackEventView(Instant timestamp, String logicalId, String type, String status, String reason) {

    /** Whether this event reports a failure. */
    public boolean failed() {
        return status != null && status.endsWith("_FAILED");
    }
}
