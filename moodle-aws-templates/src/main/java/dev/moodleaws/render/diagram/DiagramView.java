package dev.moodleaws.render.diagram;

import java.util.List;

/**
 * What {@code architecture.mmd.ftl} prints: node labels already escaped for Mermaid, and the
 * edges with the ports of the traffic they allow.
 *
 * @param vpc       the VPC box label
 * @param publicBox the public subnets box label
 * @param privateBox the private subnets box label
 * @param nodes     the boxes, by ID
 * @param edges     the allowed traffic
 */
public record DiagramView(String vpc, String publicBox, String privateBox, List<Node> nodes, List<Edge> edges) {
    /**
     * One box.
     *
     * @param shape    {@code box}, {@code database} or {@code circle}
     * @param inPublic whether it sits in the public subnets (else private, or outside the VPC when {@code outside})
     */
    public record Node(String id, String label, String shape, boolean inPublic, boolean outside) {
        /** The Mermaid brackets that open the shape. */
        public String open() {
            return switch (shape) {
                case "database" -> "[(";
                case "circle" -> "((";
                default -> "[";
            };
        }

        /** The Mermaid brackets that close the shape. */
        public String close() {
            return new StringBuilder(open()).reverse().toString().replace('[', ']').replace('(', ')');
        }
    }

    /** Traffic from one box to another; {@code dashed} for optional paths. */
    public record Edge(String from, String to, String label, boolean dashed) {
    }
}
