package dev.moodleaws.core.deploy.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.moodleaws.core.deploy.AwsClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A tiny path-style S3: HEAD and PUT object only, enough for template uploads. The request body is
 * kept as received (the SDK may frame it with aws-chunked encoding), so tests compare by content.
 */
public final class FakeS3 implements AutoCloseable {


    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, byte[]> objects = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();

    private FakeS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeS3 start() {
        try {
            return new FakeS3();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A real S3 client on this fake, built by {@link AwsClients}. */
    public S3Client client() {
        return AwsClients.builder().region(FakeCloudFormation.REGION).endpointOverride(endpoint())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .build().s3();
    }

    /** "METHOD /bucket/key" of every request. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The raw body stored under /bucket/key, or null. */
    public synchronized String object(String bucket, String key) {
        byte[] body = objects.get("/" + bucket + "/" + key);
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean exists;
            synchronized (this) {
                requests.add(method + " " + path);
                if (method.equals("PUT")) {
                    objects.put(path, body);
                }
                exists = objects.containsKey(path);
            }
            if (method.equals("PUT")) {
                exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(path.hashCode()) + "\"");
                exchange.sendResponseHeaders(200, -1);
            } else if (method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Content-Length", "0");
                exchange.sendResponseHeaders(exists ? 200 : 404, -1);
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
