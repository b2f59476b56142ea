package dev.moodleaws.core.deploy.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the next change set contains and what executing it does. The fake advances the resulting
 * operation per describe call, {@link #eventsPerPoll} events at a time, with {@link #idlePolls}
 * empty polls between batches; or, with {@link #releaseEvery}, by the clock: one event each
 * interval after the execute, however often the deployer asks.
 */
public final class ChangeSetScript {

    /** One resource change: action Add/Modify/Remove, replacement True/False/Conditional or null. */
    public record Change(String action, String logicalId, String type, String replacement) {
    }

    final List<Change> changes = new ArrayList<>();
    final Map<String, String> outputs = new LinkedHashMap<>();
    int computePolls = 1;
    String changeSetFailure;
    int eventsPerPoll = 2;
    int idlePolls;
    String failingResource;
    String failureReason;
    String rollbackFailingResource;
    String rollbackFailureReason;
    Duration releaseEvery;

    public static ChangeSetScript script() {
        return new ChangeSetScript();
    }

    public ChangeSetScript add(String logicalId, String type) {
        changes.add(new Change("Add", logicalId, type, null));
        return this;
    }

    public ChangeSetScript modify(String logicalId, String type, String replacement) {
        changes.add(new Change("Modify", logicalId, type, replacement));
        return this;
    }

    public ChangeSetScript remove(String logicalId, String type) {
        changes.add(new Change("Remove", logicalId, type, null));
        return this;
    }

    /** How many DescribeChangeSet calls answer CREATE_IN_PROGRESS before CREATE_COMPLETE. */
    public ChangeSetScript computePolls(int value) {
        this.computePolls = value;
        return this;
    }

    /** The change set ends FAILED with this reason. */
    public ChangeSetScript changeSetFails(String reason) {
        this.changeSetFailure = reason;
        return this;
    }

    /** The change set ends FAILED because nothing changes (CloudFormation's exact words). */
    public ChangeSetScript noChanges() {
        return changeSetFails("The submitted information didn't contain changes. Submit different information "
                + "to create a change set.");
    }

    public ChangeSetScript eventsPerPoll(int value) {
        this.eventsPerPoll = value;
        return this;
    }

    public ChangeSetScript idlePolls(int value) {
        this.idlePolls = value;
        return this;
    }

    /**
     * The operation advances with the fake's clock instead of per describe call: the n-th event
     * happens n intervals after the execute and carries that time as its timestamp.
     */
    public ChangeSetScript releaseEvery(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.releaseEvery = interval;
        return this;
    }

    /** This resource fails, and the operation rolls back. */
    public ChangeSetScript failResource(String logicalId, String reason) {
        this.failingResource = logicalId;
        this.failureReason = reason;
        return this;
    }

    /** During the rollback this resource fails too: UPDATE_ROLLBACK_FAILED. */
    public ChangeSetScript rollbackFails(String logicalId, String reason) {
        this.rollbackFailingResource = logicalId;
        this.rollbackFailureReason = reason;
        return this;
    }

    public ChangeSetScript output(String key, String value) {
        outputs.put(key, value);
        return this;
    }
}
