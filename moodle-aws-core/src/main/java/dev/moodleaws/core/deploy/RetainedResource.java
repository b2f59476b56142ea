package dev.moodleaws.core.deploy;

import java.util.List;

/**
 * Something a destroyed stack leaves behind on purpose: a resource its template retains, or the
 * final snapshot of one it deletes with a snapshot.
 *
 * @param logicalId  the resource in the template
 * @param type       its CloudFormation type
 * @param physicalId its ID on AWS (of the deleted resource, for a snapshot)
 * @param what       what is kept
 * @param costs      what it keeps costing
 * @param delete     the commands that delete it, in order
 */
public record RetainedResource(String logicalId, String type, String physicalId, String what, String costs,
                               List<String> delete) {
    public RetainedResource {
        delete = List.copyOf(delete);
    }
}
