package dev.moodleaws.render.stack;

import static dev.moodleaws.render.stack.LogicalIds.CACHE;
import static dev.moodleaws.render.stack.LogicalIds.FILE_SYSTEM;
import static dev.moodleaws.render.stack.LogicalIds.LOAD_BALANCER;
import static dev.moodleaws.render.stack.LogicalIds.TARGET_GROUP;
import static dev.moodleaws.render.stack.LogicalIds.WEB_GROUP;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.StackContract;
import java.util.ArrayList;
import java.util.List;

/**
 * The CloudWatch dashboard of a site: requests, 5xx, latency, healthy hosts, the web fleet (whose
 * terminating instances include Spot interruptions), the database writer, Redis, EFS, cron and the
 * ad-hoc task queue. The body is JSON with the stack's names joined in by reference.
 */
final class Dashboards {
    private static final int WIDTH = 8;
    private static final int HEIGHT = 6;
    private static final int COLUMNS = 3;

    private Dashboards() {
    }

    /** One metric: namespace, name, then dimension name and value pairs (a value may be a reference). */
    private record Metric(String namespace, String name, String stat, List<Object> dimensions) {
    }

    private record Widget(String title, List<Metric> metrics) {
    }

    static Value body(Deployment d, StackView.Database db) {
        Value lb = Value.getAtt(LOAD_BALANCER, "LoadBalancerFullName");
        Value tg = Value.getAtt(TARGET_GROUP, "TargetGroupFullName");
        List<Object> writer = db.aurora() ? List.of("DBClusterIdentifier", Value.ref(db.resource()), "Role", "WRITER")
                : List.of("DBInstanceIdentifier", Value.ref(db.resource()));
        Value redis = Value.join(Value.ref(CACHE), Value.literal(StackViews.FIRST_CACHE_NODE));
        Value stack = Value.ref("AWS::StackName");
        String elb = "AWS/ApplicationELB";
        String site = StackContract.METRIC_NAMESPACE;
        List<Widget> widgets = List.of(
                new Widget("Requests", List.of(new Metric(elb, "RequestCount", "Sum", List.of("LoadBalancer", lb)))),
                new Widget("5xx responses", List.of(
                        new Metric(elb, "HTTPCode_Target_5XX_Count", "Sum", List.of("LoadBalancer", lb)),
                        new Metric(elb, "HTTPCode_ELB_5XX_Count", "Sum", List.of("LoadBalancer", lb)))),
                new Widget("Latency p90 (s)", List.of(new Metric(elb, "TargetResponseTime", "p90", List.of("LoadBalancer", lb)))),
                new Widget("Hosts", List.of(
                        new Metric(elb, "HealthyHostCount", "Minimum", List.of("TargetGroup", tg, "LoadBalancer", lb)),
                        new Metric(elb, "UnHealthyHostCount", "Maximum", List.of("TargetGroup", tg, "LoadBalancer", lb)))),
                new Widget("Web fleet (terminating includes Spot interruptions)", List.of(
                        new Metric("AWS/AutoScaling", "GroupInServiceInstances", "Average", List.of("AutoScalingGroupName", Value.ref(WEB_GROUP))),
                        new Metric("AWS/AutoScaling", "GroupTerminatingInstances", "Maximum", List.of("AutoScalingGroupName", Value.ref(WEB_GROUP))))),
                new Widget("Database writer", List.of(
                        new Metric("AWS/RDS", "CPUUtilization", "Average", writer),
                        new Metric("AWS/RDS", "DatabaseConnections", "Maximum", writer))),
                new Widget("Redis", List.of(
                        new Metric("AWS/ElastiCache", "EngineCPUUtilization", "Average", List.of("CacheClusterId", redis)),
                        new Metric("AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "Maximum", List.of("CacheClusterId", redis)))),
                new Widget("EFS", List.of(
                        new Metric("AWS/EFS", "MeteredIOBytes", "Sum", List.of("FileSystemId", Value.ref(FILE_SYSTEM))),
                        new Metric("AWS/EFS", "ClientConnections", "Sum", List.of("FileSystemId", Value.ref(FILE_SYSTEM))))),
                new Widget("Cron runs and oldest ad-hoc task (s)", List.of(
                        new Metric(site, StackContract.CRON_METRIC, "Sum", List.of("Stack", stack)),
                        new Metric(site, StackContract.TASK_AGE_METRIC, "Maximum", List.of("Stack", stack)))));
        Parts out = new Parts();
        out.text("{\"widgets\":[");
        for (int i = 0; i < widgets.size(); i++) {
            Widget w = widgets.get(i);
            out.text((i > 0 ? "," : "") + "{\"type\":\"metric\",\"x\":" + (i % COLUMNS) * WIDTH + ",\"y\":"
                    + (i / COLUMNS) * HEIGHT + ",\"width\":" + WIDTH + ",\"height\":" + HEIGHT
                    + ",\"properties\":{\"title\":\"" + w.title() + "\",\"view\":\"timeSeries\",\"period\":60,\"region\":\"");
            out.value(Value.ref("AWS::Region"));
            out.text("\",\"metrics\":[");
            for (int m = 0; m < w.metrics().size(); m++) {
                Metric metric = w.metrics().get(m);
                out.text((m > 0 ? "," : "") + "[\"" + metric.namespace() + "\",\"" + metric.name() + "\"");
                for (Object part : metric.dimensions()) {
                    out.text(",\"");
                    if (part instanceof Value v) {
                        out.value(v);
                    } else {
                        out.text((String) part);
                    }
                    out.text("\"");
                }
                out.text(",{\"stat\":\"" + metric.stat() + "\"}]");
            }
            out.text("]}}");
        }
        out.text("]}");
        return out.join();
    }

    /** Joined parts, adjacent literals merged. */
    private static final class Parts {
        private final List<Value> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void text(String s) {
            text.append(s);
        }

        void value(Value v) {
            flush();
            parts.add(v);
        }

        private void flush() {
            if (!text.isEmpty()) {
                parts.add(Value.literal(text.toString()));
                text.setLength(0);
            }
        }

        Value join() {
            flush();
            return Value.join(parts.toArray(Value[]::new));
        }
    }
}
