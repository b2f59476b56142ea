package dev.moodleaws.core.deploy;

import java.util.List;
import java.util.Objects;

/**
 * One resource change of a change set.
 *
 * @param action      add, modify, remove, import
 * @param logicalId   the template's logical ID
 * @param physicalId  the existing resource's physical ID, or null for an addition
 * @param type        the resource type, e.g. {@code AWS::RDS::DBCluster}
 * @param replacement whether the resource will be replaced
 * @param dataHeld    what is lost when the resource is destroyed, or null when it holds no data
 *                    (see {@link DeployOptions#dataHoldingTypes()})
 * @param scope       what part changes (Properties, Tags, Metadata, ...)
 * @param details     one readable line per changed attribute
 */
public record PlannedChange(ChangeAction action, String logicalId, String physicalId, String type,
                            Replacement replacement, String dataHeld, List<String> scope,
                            List<String> details) {

    public PlannedChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(logicalId, "logicalId");
        scope = List.copyOf(scope);
        details = List.copyOf(details);
    }

    /** Whether the resource holds data. */
    public boolean stateful() {
        return dataHeld != null;
    }

    /** Whether the change destroys the resource (removal, or a replacement that may happen). */
    public boolean destroysResource() {
        return action == ChangeAction.REMOVE
                || (action == ChangeAction.MODIFY
                    && (replacement == Replacement.TRUE || replacement == Replacement.CONDITIONAL
                        || replacement == Replacement.UNKNOWN));
    }

    /** Whether this change loses data unless the user allowed it: a stateful resource destroyed. */
    public boolean endangersData() {
        return stateful() && destroysResource();
    }

    /** A short phrase: "would be REMOVED", "would be REPLACED", "may be replaced (Conditional)". */
    public String consequence() {
        if (action == ChangeAction.REMOVE) {
            return stateful() ? "would be REMOVED (its data deleted unless its DeletionPolicy retains it)"
                    : "would be REMOVED";
        }
        if (replacement == Replacement.TRUE) {
            return "would be REPLACED (a new empty resource created, the old one deleted)";
        }
        if (replacement == Replacement.CONDITIONAL) {
            return "may be REPLACED (Conditional: decided only while the update runs)";
        }
        if (replacement == Replacement.UNKNOWN) {
            return "may be REPLACED (the change set does not say whether)";
        }
        return switch (action) {
            case ADD -> "will be added";
            case MODIFY -> "will be modified in place";
            case IMPORT -> "will be imported";
            default -> "will change";
        };
    }
}
