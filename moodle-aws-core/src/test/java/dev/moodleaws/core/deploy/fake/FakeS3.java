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
 * A tiny path-style S3 with STS's GetCallerIdentity on the same endpoint: HEAD and PUT of objects,
 * HEAD and PUT of buckets and their sub-resources (kept as sent), the expected-owner check; enough
 * for template uploads and the managed template bucket. Request bodies are kept as received (the SDK
 * may frame them with aws-chunked encoding), so tests compare by content.
 */
public final class FakeS3 implements AutoCloseable {


    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, byte[]> objects = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, String> bucketOwners = new LinkedHashMap<>();
    private String account = "123456789012";

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

    /** A real STS client on this fake, built by {@link AwsClients}. */
    public software.amazon.awssdk.services.sts.StsClient stsClient() {
        return AwsClients.builder().region(FakeCloudFormation.REGION).endpointOverride(endpoint())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .build().sts(FakeCloudFormation.REGION);
    }

    /** The account the caller's credentials belong to. */
    public synchronized String account() {
        return account;
    }

    /** A bucket that exists already, owned by {@code owner}. */
    public synchronized void bucketOwnedBy(String bucket, String owner) {
        bucketOwners.put(bucket, owner);
    }

    /** Whether the bucket exists. */
    public synchronized boolean bucketExists(String bucket) {
        return bucketOwners.containsKey(bucket);
    }

    /** "METHOD /bucket/key", with "?query" when there is one, of every S3 request. */
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
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (method.equals("POST")) {
                callerIdentity(exchange, new String(body, StandardCharsets.UTF_8));
                return;
            }
            String bucket = path.substring(1).split("/", 2)[0];
            boolean bucketLevel = path.substring(1).equals(bucket) || path.equals("/" + bucket + "/");
            String expectedOwner = exchange.getRequestHeaders().getFirst("x-amz-expected-bucket-owner");
            int status;
            synchronized (this) {
                requests.add(method + " " + path + (query == null ? "" : "?" + query));
                String owner = bucketOwners.get(bucket);
                if (expectedOwner != null && owner != null && !owner.equals(expectedOwner)) {
                    status = 403;
                } else if (bucketLevel) {
                    status = bucketRequest(method, bucket, query, owner);
                } else if (method.equals("PUT")) {
                    objects.put(path, body);
                    status = 200;
                } else if (method.equals("HEAD")) {
                    status = objects.containsKey(path) ? 200 : 404;
                } else {
                    status = 405;
                }
            }
            if (method.equals("PUT") && status == 200) {
                exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(path.hashCode()) + "\"");
            }
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Content-Length", "0");
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private int bucketRequest(String method, String bucket, String query, String owner) {
        if (method.equals("HEAD")) {
            return owner == null ? 404 : 200;
        }
        if (!method.equals("PUT")) {
            return 405;
        }
        if (query == null) {
            if (owner != null) {
                return 409;
            }
            bucketOwners.put(bucket, account);
            return 200;
        }
        return owner == null ? 404 : 200;
    }

    private void callerIdentity(HttpExchange exchange, String form) throws IOException {
        synchronized (this) {
            requests.add("STS " + (form.contains("Action=GetCallerIdentity") ? "GetCallerIdentity" : form));
        }
        byte[] reply = ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>arn:aws:iam::" + account() + ":user/deployer</Arn>"
                + "<UserId>AIDAFAKE</UserId><Account>" + account() + "</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
