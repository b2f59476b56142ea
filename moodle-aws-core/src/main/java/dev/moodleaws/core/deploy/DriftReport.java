package dev.moodleaws.core.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What drift detection found on a stack: each resource changed or deleted outside CloudFormation,
 * with every property whose actual value differs from what the template says.
 *
 * @param stackName       the stack
 * @param detectionStatus {@code DETECTION_COMPLETE}, or {@code DETECTION_FAILED} when some resources could not be checked
 * @param statusReason    why detection failed for some resources, or null
 * @param drifted         the resources that drifted, in the order CloudFormation lists them
 */
public record DriftReport(String stackName, String detectionStatus, String statusReason, List<ResourceDrift> drifted) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DriftReport {
        drifted = List.copyOf(drifted);
    }

    /**
     * One drifted resource.
     *
     * @param status {@code MODIFIED} or {@code DELETED}
     */
    public record ResourceDrift(String logicalId, String physicalId, String type, String status,
                                List<PropertyDrift> properties) {
        public ResourceDrift {
            properties = List.copyOf(properties);
        }
    }

    /**
     * One property that differs.
     *
     * @param path       the JSON pointer of the property, e.g. {@code /Properties/MinSize}
     * @param expected   the template's value
     * @param actual     the value on AWS
     * @param difference {@code ADD}, {@code REMOVE} or {@code NOT_EQUAL}
     */
    public record PropertyDrift(String path, String expected, String actual, String difference) {
    }

    /** Whether anything drifted. */
    public boolean hasDrift() {
        return !drifted.isEmpty();
    }

    /** The report as lines, one per drifted resource then one per property, like a plan. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        for (ResourceDrift r : drifted) {
            out.add(r.status() + " " + r.logicalId() + " (" + r.type() + ", " + r.physicalId() + ")"
                    + (r.status().equals("DELETED") ? " was deleted outside CloudFormation" : " was changed outside CloudFormation"));
            for (PropertyDrift p : r.properties()) {
                out.add("    " + p.path() + ": expected " + p.expected() + ", actual " + p.actual()
                        + (p.difference().equals("NOT_EQUAL") ? "" : " (" + p.difference() + ")"));
            }
        }
        out.add(summary());
        return out;
    }

    /** One line: in sync, or how many resources drifted. */
    public String summary() {
        String partial = detectionStatus.equals("DETECTION_COMPLETE") ? ""
                : " (detection incomplete: " + statusReason + ")";
        return hasDrift() ? "stack " + stackName + " has drifted: " + drifted.size() + " resource(s) changed outside"
                + " CloudFormation" + partial
                : "stack " + stackName + " is in sync with its template" + partial;
    }

    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("stackName", stackName).put("detectionStatus", detectionStatus).put("drifted", hasDrift());
        if (statusReason != null) {
            root.put("statusReason", statusReason);
        }
        ArrayNode resources = root.putArray("resources");
        for (ResourceDrift r : drifted) {
            ObjectNode n = resources.addObject().put("logicalId", r.logicalId()).put("physicalId", r.physicalId())
                    .put("type", r.type()).put("status", r.status());
            ArrayNode props = n.putArray("properties");
            for (PropertyDrift p : r.properties()) {
                props.addObject().put("path", p.path()).put("expected", p.expected()).put("actual", p.actual())
                        .put("difference", p.difference());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
