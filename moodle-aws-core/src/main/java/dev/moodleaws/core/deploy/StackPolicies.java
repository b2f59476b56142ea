package dev.moodleaws.core.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The stack policy guarding stateful resources: every update is allowed, except Update:Replace and
 * Update:Delete on the stateful resource types. Logical IDs the user allowed to be replaced are
 * left out of the deny, for the duration of the update that replaces them.
 */
final class StackPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackPolicies() {
    }

    /** Whether two policies say the same (as JSON, whatever their layout); false when either is missing or not JSON. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return JSON.readTree(a).equals(JSON.readTree(b));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The policy denying replacement and deletion of stateful resources, except the allowed IDs. */
    public static String protectStateful(Collection<String> allowedLogicalIds, Collection<String> dataHoldingTypes) {
        ObjectNode policy = JSON.createObjectNode();
        ArrayNode statements = policy.putArray("Statement");

        ObjectNode allow = statements.addObject();
        allow.put("Effect", "Allow");
        allow.put("Action", "Update:*");
        allow.put("Principal", "*");
        allow.put("Resource", "*");

        ObjectNode deny = statements.addObject();
        deny.put("Effect", "Deny");
        deny.putArray("Action").add("Update:Replace").add("Update:Delete");
        deny.put("Principal", "*");
        if (allowedLogicalIds.isEmpty()) {
            deny.put("Resource", "*");
        } else {
            ArrayNode notResource = deny.putArray("NotResource");
            new TreeSet<>(allowedLogicalIds).forEach(id -> notResource.add("LogicalResourceId/" + id));
        }
        ArrayNode types = deny.putObject("Condition").putObject("StringEquals").putArray("ResourceType");
        new TreeSet<>(dataHoldingTypes).forEach(types::add);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
