package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.StackContract;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the rendered spot-drain.sh with bash against a fake instance metadata service on loopback. */
class SpotDrainTest {
    private static final String TOKEN = "token-4711";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger actionPolls = new AtomicInteger();
    private final AtomicInteger statePolls = new AtomicInteger();
    /** Polls of the Spot instance action answered "none" before the notice comes; none ever when negative. */
    private int actionAfter = 1;
    /** Polls of the Auto Scaling target state answered InService before it says Terminated; never when negative. */
    private int terminatedAfter = -1;

    private void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        String token = ex.getRequestHeaders().getFirst("X-aws-ec2-metadata-token");
        String ttl = ex.getRequestHeaders().getFirst("X-aws-ec2-metadata-token-ttl-seconds");
        requests.add(method + " " + path + " token=" + token + " ttl=" + ttl);
        int status;
        String body = "";
        if (method.equals("PUT") && path.equals("/latest/api/token") && ttl != null) {
            status = 200;
            body = TOKEN;
        } else if (!method.equals("GET") || !TOKEN.equals(token)) {
            status = 401;
        } else {
            switch (path) {
                case "/latest/meta-data/spot/instance-action" -> {
                    boolean pending = actionAfter >= 0 && actionPolls.incrementAndGet() > actionAfter;
                    status = pending ? 200 : 404;
                    body = pending ? "{\"action\":\"terminate\",\"time\":\"2030-01-01T00:02:00Z\"}" : "";
                }
                case "/latest/meta-data/events/recommendations/rebalance" -> {
                    status = 200;
                    body = "{\"noticeTime\":\"2030-01-01T00:00:00Z\"}";
                }
                case "/latest/meta-data/autoscaling/target-lifecycle-state" -> {
                    status = 200;
                    body = terminatedAfter >= 0 && statePolls.incrementAndGet() > terminatedAfter ? "Terminated" : "InService";
                }
                case "/latest/meta-data/instance-id" -> {
                    status = 200;
                    body = "i-0123456789abcdef0";
                }
                case "/latest/meta-data/placement/region" -> {
                    status = 200;
                    body = "eu-west-1";
                }
                default -> status = 404;
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private static Path stub(Path bin, String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /** Runs the drain script against the fake metadata service until it exits; returns the aws and systemctl calls. */
    private List<String> drain(Path dir) throws Exception {
        Tools.assumeInstalled("curl");
        HttpServer imds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        imds.createContext("/", this::answer);
        imds.start();
        try {
            String script = Fixtures.render(Fixtures.deployment()).files().stream()
                    .filter(f -> f.path().equals(BootFiles.SPOT_DRAIN)).findFirst().orElseThrow().content();
            Path drain = dir.resolve("spot-drain.sh");
            Files.writeString(drain, script);
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Path calls = dir.resolve("calls.log");
            stub(bin, "aws", "echo \"aws $*\" >> '" + calls + "'\n"
                    + "if [ \"$2\" = describe-auto-scaling-instances ]; then echo web-fleet-asg; fi\n");
            stub(bin, "systemctl", "echo \"systemctl $*\" >> '" + calls + "'\n");
            stub(bin, "ss", "exit 0\n");
            Path flag = dir.resolve("run/draining");
            String url = "http://127.0.0.1:" + imds.getAddress().getPort();

            Tools.Result r = Tools.run(List.of("bash", drain.toString()), Map.of(
                    "PATH", bin + ":" + System.getenv("PATH"),
                    "MOODLE_AWS_IMDS", url,
                    "MOODLE_AWS_DRAIN_FLAG", flag.toString(),
                    "MOODLE_AWS_POLL_SECONDS", "0",
                    "MOODLE_AWS_DRAIN_SECONDS", "0"), dir);

            assertEquals(0, r.exit(), r.out() + "\nrequests: " + requests);
            assertTrue(Files.exists(flag), "the health check flag is set");
            return Files.readAllLines(calls);
        } finally {
            imds.stop(0);
        }
    }

    /** How many polls of {@code path} came before the drain looked up the instance to complete its hook. */
    private long pollsBeforeDraining(String path) {
        int drained = requests.indexOf(requests.stream().filter(q -> q.startsWith("GET /latest/meta-data/instance-id"))
                .findFirst().orElseThrow());
        return requests.subList(0, drained).stream().filter(q -> q.startsWith("GET " + path + " ")).count();
    }

    @Test
    void drainsOnATerminationNoticeAndCompletesTheLifecycleHook(@TempDir Path dir) throws Exception {
        List<String> log = drain(dir);
        assertTrue(actionPolls.get() >= 2, "polled until the notice came: " + requests);
        assertTrue(requests.stream().anyMatch(q -> q.startsWith("PUT /latest/api/token") && q.endsWith("ttl=300")), requests.toString());
        assertTrue(requests.stream().filter(q -> q.startsWith("GET")).allMatch(q -> q.contains("token=" + TOKEN)),
                "every GET carries the token: " + requests);
        assertEquals("systemctl stop apache2", log.get(0), "the web server stops before the hook completes");
        assertTrue(log.get(1).contains("describe-auto-scaling-instances --region eu-west-1 --instance-ids i-0123456789abcdef0"), log.toString());
        String complete = log.get(2);
        assertTrue(complete.startsWith("aws autoscaling complete-lifecycle-action --region eu-west-1"), complete);
        assertTrue(complete.contains("--auto-scaling-group-name web-fleet-asg"), complete);
        assertTrue(complete.contains("--lifecycle-hook-name " + StackContract.DRAIN_LIFECYCLE_HOOK), complete);
        assertTrue(complete.contains("--instance-id i-0123456789abcdef0 --lifecycle-action-result CONTINUE"), complete);
    }

    @Test
    void aRebalanceRecommendationDrainsNothingTheNoticeThatFollowsDoes(@TempDir Path dir) throws Exception {
        actionAfter = 3;
        List<String> log = drain(dir);
        assertEquals(4, pollsBeforeDraining("/latest/meta-data/spot/instance-action"),
                "served while the recommendation stood, drained at the notice: " + requests);
        assertEquals("systemctl stop apache2", log.get(0));
    }

    @Test
    void theTerminatingStateOfTheGroupDrainsWithoutASpotNotice(@TempDir Path dir) throws Exception {
        actionAfter = -1;
        terminatedAfter = 2;
        List<String> log = drain(dir);
        assertEquals(3, pollsBeforeDraining("/latest/meta-data/autoscaling/target-lifecycle-state"), requests.toString());
        assertTrue(log.get(2).startsWith("aws autoscaling complete-lifecycle-action"), log.toString());
    }
}
