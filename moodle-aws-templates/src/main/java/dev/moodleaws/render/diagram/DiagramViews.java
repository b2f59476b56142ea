package dev.moodleaws.render.diagram;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.stack.StackView;
import java.util.ArrayList;
import java.util.List;

/** Computes the diagram of a rendered stack. */
public final class DiagramViews {
    private DiagramViews() {
    }

    public static DiagramView of(Deployment d, StackView s) {
        StackView.Database db = s.database();
        StackView.Fleet web = s.web();
        int zones = s.network().zoneCount();
        String vpc = (s.network().newVpc() ? "New VPC " + s.network().vpcCidr() : "Existing VPC") + " across " + zones
                + (zones == 1 ? " availability zone" : " availability zones");
        List<DiagramView.Node> nodes = new ArrayList<>();
        nodes.add(new DiagramView.Node("internet", text("Internet"), "circle", false, true));
        nodes.add(new DiagramView.Node("alb", text("Application Load Balancer") + "<br/>" + text("HTTPS 443"
                + (s.loadBalancer().redirectHttp() ? ", HTTP 80 redirects" : ", HTTP 80")), "box", true, false));
        nodes.add(new DiagramView.Node("web", text("Web fleet, Spot") + "<br/>" + text(String.join(", ", web.instanceTypes()))
                + "<br/>" + text("min " + web.minSize() + " / desired " + web.desiredCapacity() + " / max " + web.maxSize()
                + ", On-Demand base " + web.onDemandBaseCapacity()), "box", false, false));
        nodes.add(new DiagramView.Node("stable", text("Stable node, On-Demand") + "<br/>"
                + text(s.stable().launchTemplate().instanceType() + (d.stable().runsCron() ? ", runs cron" : "")), "box", false, false));
        String dbLabel = (db.aurora() ? "Aurora MySQL " : db.engine() + " ") + db.engineVersion();
        String dbShape = db.aurora() ? "writer + " + (db.instances().size() - 1) + " reader(s)" : (db.multiAz() ? "Multi-AZ" : "single AZ");
        nodes.add(new DiagramView.Node("db", text(dbLabel) + "<br/>" + text(dbShape), "database", false, false));
        nodes.add(new DiagramView.Node("efs", text("EFS moodledata") + "<br/>" + text(s.fileSystem().throughputMode()
                + (s.fileSystem().requireTls() ? ", TLS" : "")), "database", false, false));
        StackView.Cache c = s.cache();
        nodes.add(new DiagramView.Node("cache", text(c.engine() + " " + c.engineVersion()) + "<br/>"
                + text("primary + " + (c.numCacheClusters() - 1) + " replica(s)"), "database", false, false));

        List<DiagramView.Edge> edges = new ArrayList<>();
        edges.add(new DiagramView.Edge("internet", "alb", "443, 80", false));
        edges.add(new DiagramView.Edge("alb", "web", "80", false));
        if (s.stable().inTargetGroup()) {
            edges.add(new DiagramView.Edge("alb", "stable", "80", true));
        }
        for (String from : List.of("web", "stable")) {
            edges.add(new DiagramView.Edge(from, "db", "3306", false));
            edges.add(new DiagramView.Edge(from, "efs", "2049", false));
            edges.add(new DiagramView.Edge(from, "cache", "6379", false));
        }
        if (d.network().ssh()) {
            nodes.add(new DiagramView.Node("admin", text("Admin networks"), "circle", false, true));
            edges.add(new DiagramView.Edge("admin", "web", "22", true));
            edges.add(new DiagramView.Edge("admin", "stable", "22", true));
        }
        return new DiagramView(text(vpc), text("Public subnets"), text("Private subnets"), nodes, edges);
    }

    /**
     * Text inside a quoted Mermaid label: quotes, markup characters and the characters of a
     * directive ({@code %%{init: ...}%%}) or an edge label become entity codes.
     */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("#34;");
                case '<' -> out.append("#60;");
                case '>' -> out.append("#62;");
                case '#' -> out.append("#35;");
                case '&' -> out.append("#38;");
                case '%' -> out.append("#37;");
                case '{' -> out.append("#123;");
                case '}' -> out.append("#125;");
                case '|' -> out.append("#124;");
                case '`' -> out.append("#96;");
                case ';' -> out.append("#59;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
