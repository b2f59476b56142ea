package dev.moodleaws.core.deploy;

import java.util.List;
import java.util.stream.Collectors;

/** The change set would remove or replace stateful resources the user did not allow. */
public class ReplacementRefusedException extends DeployException {
    private static final long serialVersionUID = 1L;

    private final List<PlannedChange> refused;

    public ReplacementRefusedException(String stackName, List<PlannedChange> refused) {
        super(stackName, message(stackName, refused));
        this.refused = List.copyOf(refused);
    }

    /** The logical IDs to allow, comma-separated, for example {@code DatabaseCluster,FileSystem}. */
    public String refusedIds() {
        return refused.stream().map(PlannedChange::logicalId).collect(Collectors.joining(","));
    }

    /** The refused changes. */
    public List<PlannedChange> refused() {
        return refused;
    }

    private static String message(String stackName, List<PlannedChange> refused) {
        String lines = refused.stream()
                .map(c -> "  - " + c.logicalId() + " (" + c.type() + ") " + c.consequence())
                .collect(Collectors.joining("\n"));
        String ids = refused.stream().map(PlannedChange::logicalId).collect(Collectors.joining(","));
        return "Refusing to update stack " + stackName + ": the change set would destroy resources that hold data:\n"
                + lines + "\nNothing was changed; the change set was deleted."
                + "\nIf you have a backup and really want this, allow it explicitly by naming the logical IDs "
                + ids + " in option allowReplacement.";
    }
}
