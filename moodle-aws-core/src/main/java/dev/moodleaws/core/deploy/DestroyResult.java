package dev.moodleaws.core.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * A destroyed stack and what it left behind.
 *
 * @param stackName the stack
 * @param stackId   its ID
 * @param retained  every resource kept and every final snapshot taken, with its cost and how to delete it
 */
public record DestroyResult(String stackName, String stackId, List<RetainedResource> retained) {
    public DestroyResult {
        retained = List.copyOf(retained);
    }

    /** The report: one block per kept resource. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("stack " + stackName + " is deleted; " + retained.size() + " resource(s) are kept:");
        for (RetainedResource r : retained) {
            out.add("  " + r.logicalId() + " (" + r.type() + ") " + r.physicalId() + ": " + r.what());
            out.add("    costs " + r.costs());
            r.delete().forEach(c -> out.add("    delete: " + c));
        }
        return out;
    }
}
