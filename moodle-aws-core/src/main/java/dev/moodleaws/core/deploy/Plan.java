package dev.moodleaws.core.deploy;

import java.util.List;

/**
 * What a deploy would do: the change set's resource changes.
 *
 * @param stackName     the stack
 * @param changeSetType CREATE for a new stack, UPDATE otherwise
 * @param changes       the changes, in the order CloudFormation listed them
 * @param noChanges     true when the template and parameters match the stack
 */
public record Plan(String stackName, String changeSetType, List<PlannedChange> changes, boolean noChanges) {

    public Plan {
        changes = List.copyOf(changes);
    }

    /** The stateful resources this plan would remove or replace. */
    public List<PlannedChange> dataLosingChanges() {
        return changes.stream().filter(PlannedChange::endangersData).toList();
    }
}
