package dev.moodleaws.core.deploy.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fake's state of one stack; tests read it to assert what happened on "AWS". */
public final class FakeStack {

    /** One stack event as the fake stores it. */
    public record Event(String eventId, String logicalId, String physicalId, String type, String status,
                        String reason, String clientToken, Instant timestamp) {
    }

    /** An event waiting to be released by a describe call; a stack-level one may carry a status change. */
    record Pending(String logicalId, String type, String status, String reason, boolean stackLevel,
                   Runnable onRelease) {
    }

    final String name;
    final String id;
    String status;
    String statusReason;
    boolean terminationProtection;
    String stackPolicy;
    boolean deleted;
    final Map<String, String> resources = new LinkedHashMap<>();
    final Map<String, String> outputs = new LinkedHashMap<>();
    final Map<String, String> parameters = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final Deque<Pending> pending = new ArrayDeque<>();
    String operationToken;
    int eventsPerPoll = 2;
    int idlePolls;
    int idleLeft;
    Duration releaseEvery;
    Instant nextRelease;
    final List<String> continueRollbackSkips = new ArrayList<>();
    String templateBody;
    List<dev.moodleaws.core.deploy.DriftReport.ResourceDrift> drifts = List.of();
    int driftPolls;
    int driftPollsLeft;
    String failDeletionOf;
    String failDeletionReason;

    FakeStack(String name, String id) {
        this.name = name;
        this.id = id;
    }

    /** Gives the stack a parameter value, as an earlier deploy would have. */
    public synchronized FakeStack parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public String name() {
        return name;
    }

    public String id() {
        return id;
    }

    public synchronized String status() {
        return status;
    }

    /** Turns termination protection on or off, as a deploy that created the stack would. */
    public synchronized FakeStack terminationProtection(boolean on) {
        terminationProtection = on;
        return this;
    }

    /** Releases this many pending events per describe call (0 keeps the stack working). */
    public synchronized FakeStack eventsPerPoll(int count) {
        eventsPerPoll = count;
        return this;
    }

    public synchronized boolean terminationProtection() {
        return terminationProtection;
    }

    public synchronized String stackPolicy() {
        return stackPolicy;
    }

    public synchronized boolean deleted() {
        return deleted;
    }

    public synchronized Map<String, String> resources() {
        return Map.copyOf(resources);
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> continueRollbackSkips() {
        return List.copyOf(continueRollbackSkips);
    }

    /** Whether an operation still has events to release. */
    public synchronized boolean working() {
        return !pending.isEmpty();
    }
}
