package dev.moodleaws.core.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a deploy would do, and the verdict on it: the change set's resource changes, which of them
 * destroy data, and which of those the options did not allow ({@link #refused()}: a deploy with
 * the same options would refuse to execute).
 *
 * @param stackName           the stack
 * @param changeSetType       CREATE for a new stack, UPDATE otherwise
 * @param changes             the changes, in the order CloudFormation listed them
 * @param noChanges           true when the template and parameters match the stack
 * @param allowedReplacements logical IDs the options allow to be replaced or removed
 */
public record Plan(String stackName, String changeSetType, List<PlannedChange> changes, boolean noChanges,
                   Set<String> allowedReplacements) {

    public Plan {
        changes = List.copyOf(changes);
        allowedReplacements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(allowedReplacements));
    }

    /** A plan that allows no data-losing change. */
    public Plan(String stackName, String changeSetType, List<PlannedChange> changes, boolean noChanges) {
        this(stackName, changeSetType, changes, noChanges, Set.of());
    }

    /** The stateful resources this plan would remove or replace. */
    public List<PlannedChange> dataLosingChanges() {
        return changes.stream().filter(PlannedChange::endangersData).toList();
    }

    /** The data-losing changes the options did not allow: a deploy refuses them and changes nothing. */
    public List<PlannedChange> refused() {
        return dataLosingChanges().stream().filter(c -> !allowedReplacements.contains(c.logicalId())).toList();
    }

    /** The data-losing changes the options allow: a deploy makes them. */
    public List<PlannedChange> allowedDataLosses() {
        return dataLosingChanges().stream().filter(c -> allowedReplacements.contains(c.logicalId())).toList();
    }

    /** Whether a deploy with the same options would execute (nothing refused). */
    public boolean deployable() {
        return refused().isEmpty();
    }

    /** The count of changes of an action. */
    public long count(ChangeAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** One line: the stack, the change set type and the count of each kind of change. */
    public String summary() {
        if (noChanges) {
            return "plan for stack " + stackName + ": no changes.";
        }
        long replace = changes.stream().filter(c -> c.action() == ChangeAction.MODIFY && c.destroysResource()).count();
        return "plan for stack " + stackName + " (" + changeSetType + "): " + count(changes.size(), "change")
                + ": " + count(ChangeAction.ADD) + " to add, " + count(ChangeAction.MODIFY) + " to modify (" + replace
                + " by replacement), " + count(ChangeAction.REMOVE) + " to remove; "
                + count(dataLosingChanges().size(), "resource") + " holding data at risk"
                + (refused().isEmpty() ? "." : ", " + refused().size() + " of them refused.");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
