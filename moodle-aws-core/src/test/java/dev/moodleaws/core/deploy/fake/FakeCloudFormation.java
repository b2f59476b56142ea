package dev.moodleaws.core.deploy.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.moodleaws.core.deploy.AwsClients;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * An in-process fake of the CloudFormation Query API (form-encoded POST, XML replies in the
 * 2010-05-15 namespace, Query error XML) for the calls the deployer makes. Stack operations are
 * scripted per test ({@link ChangeSetScript}) and advance per describe call, not with wall time.
 * Every request is recorded; faults can be queued per action.
 */
public final class FakeCloudFormation implements AutoCloseable {

    public static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Clock clock;
    private final Object lock = new Object();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Deque<ChangeSetScript> scripts = new ArrayDeque<>();
    private final Map<String, FakeStack> stacksByName = new LinkedHashMap<>();
    private final Map<String, FakeStack> stacksById = new LinkedHashMap<>();
    private final Map<String, FakeChangeSet> changeSets = new LinkedHashMap<>();
    private int eventsPageSize = 5;
    private int changesPageSize = 3;
    private int sequence;

    private static final class FakeChangeSet {
        final String name;
        final String id;
        final FakeStack stack;
        final String type;
        final String token;
        final ChangeSetScript script;
        int pollsLeft;

        FakeChangeSet(String name, String id, FakeStack stack, String type, String token, ChangeSetScript script) {
            this.name = name;
            this.id = id;
            this.stack = stack;
            this.type = type;
            this.token = token;
            this.script = script;
            this.pollsLeft = script.computePolls;
        }
    }

    private static final class QueryError extends RuntimeException {
        final int status;
        final String code;

        QueryError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }


    private final Map<String, byte[]> s3Objects = new LinkedHashMap<>();

    private FakeCloudFormation(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a fake on 127.0.0.1 with a free port; event timestamps come from the clock. */
    public static FakeCloudFormation start(Clock clock) {
        try {
            return new FakeCloudFormation(clock);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * A real SDK client on this fake, built by {@link AwsClients} as the product builds it (no SDK
     * retries: the deployer's own layer retries, on the test's fake time), with static fake
     * credentials, us-east-1 and a short attempt timeout.
     */
    public CloudFormationClient client() {
        return clientSet().cloudFormation();
    }

    /** The settings of {@link #client()}, for a client set of any region; the caller closes the set. */
    public AwsClients.Builder clientSettings() {
        return settings(null);
    }

    /** A client set made from {@link #clientSettings()}. */
    public AwsClients clientSet() {
        return clientSettings().build();
    }

    private AwsClients.Builder settings(RetryStrategy retries) {
        return AwsClients.builder()
                .region(REGION)
                .endpointOverride(endpoint())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .retryStrategy(retries)
                .attemptTimeout(Duration.ofMillis(800));
    }

    /** The script of the next change set created. Without one, a change set has no changes. */
    public FakeCloudFormation nextChangeSet(ChangeSetScript script) {
        synchronized (lock) {
            scripts.add(script);
        }
        return this;
    }

    /** Queues faults for the next requests of an action ("*" for any action). */
    public FakeCloudFormation failNext(String action, Fault... injected) {
        synchronized (lock) {
            Deque<Fault> queue = faults.computeIfAbsent(action, a -> new ArrayDeque<>());
            queue.addAll(List.of(injected));
        }
        return this;
    }

    /** The template GetTemplate returns for a stack. */
    public void template(String stackName, String body) {
        synchronized (lock) {
            stacksByName.get(stackName).templateBody = body;
        }
    }

    /** What drift detection of a stack finds, after it stays in progress for {@code polls} status calls. */
    public void drift(String stackName, int polls, List<dev.moodleaws.core.deploy.DriftReport.ResourceDrift> drifts) {
        synchronized (lock) {
            FakeStack stack = stacksByName.get(stackName);
            stack.driftPolls = polls;
            stack.drifts = List.copyOf(drifts);
        }
    }

    /** Deleting the stack fails on one resource, which ends the stack in DELETE_FAILED. */
    public void failDeletion(String stackName, String logicalId, String reason) {
        synchronized (lock) {
            FakeStack stack = stacksByName.get(stackName);
            stack.failDeletionOf = logicalId;
            stack.failDeletionReason = reason;
        }
    }

    public FakeCloudFormation pageSizes(int events, int changes) {
        synchronized (lock) {
            this.eventsPageSize = events;
            this.changesPageSize = changes;
        }
        return this;
    }

    /** An existing settled stack with some resources. */
    public FakeStack existingStack(String name, String status, Map<String, String> resources,
                                   Map<String, String> outputs) {
        synchronized (lock) {
            FakeStack stack = newStack(name);
            stack.resources.putAll(resources);
            stack.outputs.putAll(outputs);
            addEvent(stack, name, stack.id, "AWS::CloudFormation::Stack", status, null, null);
            stack.status = status;
            return stack;
        }
    }

    /**
     * Starts an update on an existing stack as if someone else (or an earlier deploy, by its token)
     * had started it; it emits {@code resourceEvents} events, then settles in {@code finalStatus}.
     */
    public void startOperation(String name, String token, int resourceEvents, String finalStatus, int perPoll) {
        synchronized (lock) {
            FakeStack stack = stacksByName.get(name);
            stack.operationToken = token;
            stack.eventsPerPoll = perPoll;
            String inProgress = finalStatus.startsWith("CREATE") ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
            addEvent(stack, name, stack.id, "AWS::CloudFormation::Stack", inProgress, "User Initiated", token);
            stack.status = inProgress;
            List<String> ids = new ArrayList<>(stack.resources.keySet());
            for (int i = 0; i < resourceEvents; i++) {
                String id = ids.isEmpty() ? "Resource" + i : ids.get(i % ids.size());
                String type = stack.resources.getOrDefault(id, "AWS::SNS::Topic");
                stack.pending.add(resource(id, type, i % 2 == 0 ? "UPDATE_IN_PROGRESS" : "UPDATE_COMPLETE", null));
            }
            stack.pending.add(stackLevel(stack, finalStatus, null, () -> { }));
        }
    }

    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> requests(String action) {
        return requests().stream().filter(r -> r.action().equals(action)).toList();
    }

    public long count(String action) {
        return requests(action).size();
    }

    /** The stack by name (including deleted ones, most recent first), or null. */
    public FakeStack stack(String name) {
        synchronized (lock) {
            FakeStack live = stacksByName.get(name);
            if (live != null) {
                return live;
            }
            FakeStack last = null;
            for (FakeStack s : stacksById.values()) {
                if (s.name.equals(name)) {
                    last = s;
                }
            }
            return last;
        }
    }

    /** Every stack ever made under the name, oldest first. */
    public List<FakeStack> stackHistory(String name) {
        synchronized (lock) {
            return stacksById.values().stream().filter(s -> s.name.equals(name)).toList();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- HTTP ----

    /**
     * The raw body of a template uploaded through the S3 API of the same endpoint (path style, as
     * {@link AwsClients} makes S3 clients with an endpoint override), or null.
     */
    public String s3Object(String bucket, String key) {
        synchronized (lock) {
            byte[] body = s3Objects.get("/" + bucket + "/" + key);
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** PUT and HEAD of objects, enough for the template bucket. */
    private void handleS3(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean put = exchange.getRequestMethod().equals("PUT");
        boolean exists;
        synchronized (lock) {
            if (put) {
                s3Objects.put(path, body);
            }
            exists = s3Objects.containsKey(path);
        }
        if (put) {
            exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(path.hashCode()) + "\"");
        } else {
            exchange.getResponseHeaders().add("Content-Length", "0");
        }
        exchange.sendResponseHeaders(exists ? 200 : 404, -1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            try (exchange) {
                handleS3(exchange);
            }
            return;
        }
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = parseForm(body);
            String action = params.getOrDefault("Action", "");
            Fault fault;
            synchronized (lock) {
                requests.add(new RecordedRequest(action, Map.copyOf(params), clock.instant()));
                fault = nextFault(action);
            }
            if (fault instanceof Fault.DropBefore) {
                return;
            }
            if (fault instanceof Fault.Hold hold) {
                hold.arrived().countDown();
                await(hold.release());
            }
            if (fault instanceof Fault.Hang hang) {
                hang.arrived().countDown();
                awaitClose();
                return;
            }
            if (fault instanceof Fault.Throttle) {
                respond(exchange, 400, error("Throttling", "Rate exceeded", "Sender"));
                return;
            }
            if (fault instanceof Fault.AccessDenied) {
                respond(exchange, 403, error("AccessDenied", "User is not authorized to perform this action", "Sender"));
                return;
            }
            if (fault instanceof Fault.ServerError) {
                respond(exchange, 500, error("InternalFailure", "We encountered an internal error.", "Receiver"));
                return;
            }
            if (!"2010-05-15".equals(params.get("Version"))) {
                respond(exchange, 400, error("InvalidParameterValue", "unexpected Version", "Sender"));
                return;
            }
            String reply;
            int status = 200;
            try {
                synchronized (lock) {
                    reply = dispatch(action, params);
                }
            } catch (QueryError e) {
                status = e.status;
                reply = error(e.code, e.getMessage(), e.status >= 500 ? "Receiver" : "Sender");
            }
            if (fault instanceof Fault.DropAfter) {
                return;
            }
            respond(exchange, status, reply);
        }
    }

    private Fault nextFault(String action) {
        Deque<Fault> specific = faults.get(action);
        if (specific != null && !specific.isEmpty()) {
            return specific.poll();
        }
        Deque<Fault> any = faults.get("*");
        return any == null ? null : any.poll();
    }

    private static void respond(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String error(String code, String message, String type) {
        return new QueryXml().openRoot("ErrorResponse").open("Error").element("Type", type).element("Code", code)
                .element("Message", message).close("Error").element("RequestId", UUID.randomUUID())
                .close("ErrorResponse").toString();
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private void awaitClose() {
        await(closed);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- actions ----

    private String dispatch(String action, Map<String, String> p) {
        return switch (action) {
            case "CreateChangeSet" -> createChangeSet(p);
            case "DescribeChangeSet" -> describeChangeSet(p);
            case "ExecuteChangeSet" -> executeChangeSet(p);
            case "DeleteChangeSet" -> deleteChangeSet(p);
            case "DescribeStacks" -> describeStacks(p);
            case "DescribeStackEvents" -> describeStackEvents(p);
            case "DeleteStack" -> deleteStack(p);
            case "GetTemplate" -> getTemplate(p);
            case "ListStackResources" -> listStackResources(p);
            case "DetectStackDrift" -> detectStackDrift(p);
            case "DescribeStackDriftDetectionStatus" -> describeDriftDetection(p);
            case "DescribeStackResourceDrifts" -> describeResourceDrifts(p);
            case "UpdateTerminationProtection" -> updateTerminationProtection(p);
            case "SetStackPolicy" -> setStackPolicy(p);
            case "GetStackPolicy" -> getStackPolicy(p);
            case "ContinueUpdateRollback" -> continueUpdateRollback(p);
            default -> throw new QueryError(400, "InvalidAction", "The action " + action + " is not valid");
        };
    }

    private String createChangeSet(Map<String, String> p) {
        String name = p.get("StackName");
        String csName = p.get("ChangeSetName");
        String type = p.getOrDefault("ChangeSetType", "UPDATE");
        String token = p.get("ClientToken");
        for (FakeChangeSet existing : changeSets.values()) {
            if (token != null && token.equals(existing.token)) {
                return createChangeSetResult(existing);
            }
        }
        if (p.get("TemplateBody") == null && p.get("TemplateURL") == null) {
            throw new QueryError(400, "ValidationError", "Either Template URL or Template Body must be specified.");
        }
        FakeStack stack = stacksByName.get(name);
        if (type.equals("CREATE")) {
            if (stack != null && !stack.status.equals("REVIEW_IN_PROGRESS")) {
                throw new QueryError(400, "AlreadyExistsException", "Stack [" + name
                        + "] already exists and cannot be created again with the changeSet [" + csName + "].");
            }
            if (stack == null) {
                stack = newStack(name);
                addEvent(stack, name, stack.id, "AWS::CloudFormation::Stack", "REVIEW_IN_PROGRESS", "User Initiated",
                        null);
                stack.status = "REVIEW_IN_PROGRESS";
            }
        } else {
            if (stack == null) {
                throw new QueryError(400, "ValidationError", "Stack [" + name + "] does not exist");
            }
            if (stack.status.endsWith("_IN_PROGRESS") || stack.status.equals("ROLLBACK_COMPLETE")
                    || stack.status.endsWith("_FAILED")) {
                throw new QueryError(400, "ValidationError", "Stack:" + stack.id + " is in " + stack.status
                        + " state and can not be updated.");
            }
        }
        ChangeSetScript script = scripts.isEmpty() ? ChangeSetScript.script().noChanges() : scripts.poll();
        String id = "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":changeSet/" + csName + "/" + UUID.randomUUID();
        FakeChangeSet cs = new FakeChangeSet(csName, id, stack, type, token, script);
        changeSets.put(csName, cs);
        return createChangeSetResult(cs);
    }

    private static String createChangeSetResult(FakeChangeSet cs) {
        return new QueryXml().openRoot("CreateChangeSetResponse").open("CreateChangeSetResult")
                .element("Id", cs.id).element("StackId", cs.stack.id).close("CreateChangeSetResult")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("CreateChangeSetResponse").toString();
    }

    private FakeChangeSet findChangeSet(Map<String, String> p) {
        String csName = p.get("ChangeSetName");
        FakeChangeSet cs = changeSets.get(csName);
        if (cs == null) {
            cs = changeSets.values().stream().filter(c -> c.id.equals(csName)).findFirst().orElse(null);
        }
        String stackRef = p.get("StackName");
        if (cs == null || stackRef != null && !stackRef.equals(cs.stack.name) && !stackRef.equals(cs.stack.id)) {
            throw new QueryError(404, "ChangeSetNotFound", "ChangeSet [" + csName + "] does not exist");
        }
        return cs;
    }

    private String describeChangeSet(Map<String, String> p) {
        FakeChangeSet cs = findChangeSet(p);
        QueryXml xml = new QueryXml().openRoot("DescribeChangeSetResponse").open("DescribeChangeSetResult")
                .element("ChangeSetName", cs.name).element("ChangeSetId", cs.id).element("StackId", cs.stack.id)
                .element("StackName", cs.stack.name).element("CreationTime", clock.instant());
        if (cs.pollsLeft > 0) {
            cs.pollsLeft--;
            xml.element("Status", "CREATE_IN_PROGRESS").element("ExecutionStatus", "UNAVAILABLE");
        } else if (cs.script.changeSetFailure != null) {
            xml.element("Status", "FAILED").element("StatusReason", cs.script.changeSetFailure)
                    .element("ExecutionStatus", "UNAVAILABLE");
        } else {
            xml.element("Status", "CREATE_COMPLETE").element("ExecutionStatus", "AVAILABLE");
            int from = p.get("NextToken") == null ? 0 : Integer.parseInt(p.get("NextToken"));
            List<ChangeSetScript.Change> all = cs.script.changes;
            int to = Math.min(all.size(), from + changesPageSize);
            xml.open("Changes");
            for (ChangeSetScript.Change c : all.subList(from, to)) {
                writeChange(xml, cs.stack, c);
            }
            xml.close("Changes");
            if (to < all.size()) {
                xml.element("NextToken", Integer.toString(to));
            }
        }
        return xml.close("DescribeChangeSetResult").open("ResponseMetadata").element("RequestId", UUID.randomUUID())
                .close("ResponseMetadata").close("DescribeChangeSetResponse").toString();
    }

    private static void writeChange(QueryXml xml, FakeStack stack, ChangeSetScript.Change c) {
        xml.open("member").element("Type", "Resource").open("ResourceChange")
                .element("Action", c.action()).element("LogicalResourceId", c.logicalId())
                .element("PhysicalResourceId", c.action().equals("Add") ? null : c.logicalId().toLowerCase() + "-phys")
                .element("ResourceType", c.type()).element("Replacement", c.replacement());
        if (c.action().equals("Modify")) {
            xml.open("Scope").element("member", "Properties").close("Scope")
                    .open("Details").open("member").open("Target").element("Attribute", "Properties")
                    .element("Name", "SomeProperty")
                    .element("RequiresRecreation", "True".equals(c.replacement()) ? "Always"
                            : "Conditional".equals(c.replacement()) ? "Conditionally" : "Never")
                    .close("Target").element("Evaluation", "Static").element("ChangeSource", "DirectModification")
                    .close("member").close("Details");
        }
        xml.close("ResourceChange").close("member");
    }

    private String executeChangeSet(Map<String, String> p) {
        String token = p.get("ClientRequestToken");
        FakeChangeSet cs;
        try {
            cs = findChangeSet(p);
        } catch (QueryError e) {
            FakeStack stack = stacksByName.get(p.get("StackName"));
            if (stack != null && token != null && token.equals(stack.operationToken)) {
                return empty("ExecuteChangeSet");
            }
            throw e;
        }
        if (cs.pollsLeft > 0 || cs.script.changeSetFailure != null) {
            throw new QueryError(400, "InvalidChangeSetStatus", "ChangeSet [" + cs.id
                    + "] cannot be executed in its current status of [" + (cs.pollsLeft > 0 ? "CREATE_IN_PROGRESS"
                    : "FAILED") + "]");
        }
        FakeStack stack = cs.stack;
        stack.operationToken = token;
        stack.eventsPerPoll = cs.script.eventsPerPoll;
        stack.idlePolls = cs.script.idlePolls;
        stack.idleLeft = cs.script.idlePolls;
        stack.releaseEvery = cs.script.releaseEvery;
        stack.nextRelease = cs.script.releaseEvery == null ? null : clock.instant().plus(cs.script.releaseEvery);
        changeSets.values().removeIf(c -> c.stack == stack);
        if (cs.type.equals("CREATE")) {
            scheduleCreate(stack, cs.script);
        } else {
            scheduleUpdate(stack, cs.script);
        }
        return empty("ExecuteChangeSet");
    }

    private void scheduleCreate(FakeStack stack, ChangeSetScript s) {
        String token = stack.operationToken;
        addEvent(stack, stack.name, stack.id, "AWS::CloudFormation::Stack", "CREATE_IN_PROGRESS", "User Initiated",
                token);
        stack.status = "CREATE_IN_PROGRESS";
        List<ChangeSetScript.Change> created = new ArrayList<>();
        boolean failed = false;
        for (ChangeSetScript.Change c : s.changes) {
            stack.pending.add(resource(c.logicalId(), c.type(), "CREATE_IN_PROGRESS", null));
            if (c.logicalId().equals(s.failingResource)) {
                stack.pending.add(resource(c.logicalId(), c.type(), "CREATE_FAILED", s.failureReason));
                failed = true;
                break;
            }
            stack.pending.add(resource(c.logicalId(), c.type(), "CREATE_COMPLETE", null,
                    () -> stack.resources.put(c.logicalId(), c.type())));
            created.add(c);
        }
        if (!failed) {
            stack.pending.add(stackLevel(stack, "CREATE_COMPLETE", null, () -> stack.outputs.putAll(s.outputs)));
            return;
        }
        stack.pending.add(stackLevel(stack, "ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: ["
                + s.failingResource + "]. Rollback requested by user.", () -> { }));
        stack.pending.add(resource(s.failingResource, typeOf(s, s.failingResource), "DELETE_COMPLETE", null));
        for (ChangeSetScript.Change c : created) {
            stack.pending.add(resource(c.logicalId(), c.type(), "DELETE_COMPLETE", null,
                    () -> stack.resources.remove(c.logicalId())));
        }
        stack.pending.add(stackLevel(stack, "ROLLBACK_COMPLETE", null, () -> { }));
    }

    private void scheduleUpdate(FakeStack stack, ChangeSetScript s) {
        String token = stack.operationToken;
        addEvent(stack, stack.name, stack.id, "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated",
                token);
        stack.status = "UPDATE_IN_PROGRESS";
        List<ChangeSetScript.Change> done = new ArrayList<>();
        boolean failed = false;
        for (ChangeSetScript.Change c : s.changes) {
            if (c.action().equals("Remove")) {
                continue;
            }
            boolean add = c.action().equals("Add");
            String verb = add ? "CREATE" : "UPDATE";
            String reason = "True".equals(c.replacement()) || "Conditional".equals(c.replacement())
                    ? "Requested update requires the creation of a new physical resource; hence creating one." : null;
            stack.pending.add(resource(c.logicalId(), c.type(), verb + "_IN_PROGRESS", reason));
            if (c.logicalId().equals(s.failingResource)) {
                stack.pending.add(resource(c.logicalId(), c.type(), verb + "_FAILED", s.failureReason));
                failed = true;
                break;
            }
            stack.pending.add(resource(c.logicalId(), c.type(), verb + "_COMPLETE", null,
                    () -> stack.resources.put(c.logicalId(), c.type())));
            done.add(c);
        }
        if (!failed) {
            stack.pending.add(stackLevel(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null, () -> { }));
            for (ChangeSetScript.Change c : s.changes) {
                if (c.action().equals("Remove")) {
                    stack.pending.add(resource(c.logicalId(), c.type(), "DELETE_IN_PROGRESS", null));
                    stack.pending.add(resource(c.logicalId(), c.type(), "DELETE_COMPLETE", null,
                            () -> stack.resources.remove(c.logicalId())));
                }
            }
            stack.pending.add(stackLevel(stack, "UPDATE_COMPLETE", null, () -> stack.outputs.putAll(s.outputs)));
            return;
        }
        stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to "
                + "update: [" + s.failingResource + "].", () -> { }));
        if (s.rollbackFailingResource != null) {
            stack.pending.add(resource(s.rollbackFailingResource, typeOf(s, s.rollbackFailingResource),
                    "UPDATE_FAILED", s.rollbackFailureReason));
            stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to "
                    + "update: [" + s.rollbackFailingResource + "].", () -> { }));
            return;
        }
        for (ChangeSetScript.Change c : done) {
            stack.pending.add(resource(c.logicalId(), c.type(), "UPDATE_COMPLETE", null));
        }
        stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null, () -> { }));
        stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_COMPLETE", null, () -> { }));
    }

    private static String typeOf(ChangeSetScript s, String logicalId) {
        return s.changes.stream().filter(c -> c.logicalId().equals(logicalId)).map(ChangeSetScript.Change::type)
                .findFirst().orElse("AWS::CloudFormation::WaitCondition");
    }

    private String deleteChangeSet(Map<String, String> p) {
        FakeChangeSet cs = findChangeSet(p);
        changeSets.remove(cs.name);
        return empty("DeleteChangeSet");
    }

    private FakeStack findStack(String ref) {
        FakeStack stack = stacksByName.get(ref);
        if (stack == null) {
            stack = stacksById.get(ref);
        }
        if (stack == null) {
            throw new QueryError(400, "ValidationError", "Stack with id " + ref + " does not exist");
        }
        return stack;
    }

    private String describeStacks(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        advance(stack);
        QueryXml xml = new QueryXml().openRoot("DescribeStacksResponse").open("DescribeStacksResult").open("Stacks")
                .open("member").element("StackId", stack.id).element("StackName", stack.name)
                .element("CreationTime", stack.events.get(0).timestamp()).element("StackStatus", stack.status)
                .element("StackStatusReason", stack.statusReason).element("DisableRollback", false)
                .element("EnableTerminationProtection", stack.terminationProtection);
        xml.open("Parameters");
        for (Map.Entry<String, String> o : stack.parameters.entrySet()) {
            xml.open("member").element("ParameterKey", o.getKey()).element("ParameterValue", o.getValue()).close("member");
        }
        xml.close("Parameters");
        xml.open("Outputs");
        for (Map.Entry<String, String> o : stack.outputs.entrySet()) {
            xml.open("member").element("OutputKey", o.getKey()).element("OutputValue", o.getValue()).close("member");
        }
        xml.close("Outputs");
        return xml.close("member").close("Stacks").close("DescribeStacksResult").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata").close("DescribeStacksResponse")
                .toString();
    }

    private String describeStackEvents(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        if (p.get("NextToken") == null) {
            advance(stack);
        }
        List<FakeStack.Event> newestFirst = new ArrayList<>(stack.events);
        java.util.Collections.reverse(newestFirst);
        int from = p.get("NextToken") == null ? 0 : Integer.parseInt(p.get("NextToken"));
        int to = Math.min(newestFirst.size(), from + eventsPageSize);
        QueryXml xml = new QueryXml().openRoot("DescribeStackEventsResponse").open("DescribeStackEventsResult")
                .open("StackEvents");
        for (FakeStack.Event e : newestFirst.subList(from, to)) {
            xml.open("member").element("StackId", stack.id).element("EventId", e.eventId())
                    .element("StackName", stack.name).element("LogicalResourceId", e.logicalId())
                    .element("PhysicalResourceId", e.physicalId()).element("ResourceType", e.type())
                    .element("Timestamp", e.timestamp()).element("ResourceStatus", e.status())
                    .element("ResourceStatusReason", e.reason()).element("ClientRequestToken", e.clientToken())
                    .close("member");
        }
        xml.close("StackEvents");
        if (to < newestFirst.size()) {
            xml.element("NextToken", Integer.toString(to));
        }
        return xml.close("DescribeStackEventsResult").open("ResponseMetadata").element("RequestId", UUID.randomUUID())
                .close("ResponseMetadata").close("DescribeStackEventsResponse").toString();
    }

    private String deleteStack(Map<String, String> p) {
        FakeStack stack = stacksByName.get(p.get("StackName"));
        if (stack == null) {
            stack = stacksById.get(p.get("StackName"));
        }
        if (stack == null || stack.deleted) {
            return empty("DeleteStack");
        }
        if (stack.terminationProtection) {
            throw new QueryError(400, "ValidationError", "Stack [" + stack.name
                    + "] cannot be deleted while TerminationProtection is enabled");
        }
        FakeStack s = stack;
        s.operationToken = p.get("ClientRequestToken");
        changeSets.values().removeIf(c -> c.stack == s);
        if (s.status.equals("REVIEW_IN_PROGRESS")) {
            addEvent(s, s.name, s.id, "AWS::CloudFormation::Stack", "DELETE_COMPLETE", null, s.operationToken);
            markDeleted(s);
            return empty("DeleteStack");
        }
        addEvent(s, s.name, s.id, "AWS::CloudFormation::Stack", "DELETE_IN_PROGRESS", "User Initiated",
                s.operationToken);
        s.status = "DELETE_IN_PROGRESS";
        for (Map.Entry<String, String> r : s.resources.entrySet()) {
            boolean fails = r.getKey().equals(s.failDeletionOf);
            s.pending.add(resource(r.getKey(), r.getValue(), fails ? "DELETE_FAILED" : "DELETE_COMPLETE",
                    fails ? s.failDeletionReason : null));
        }
        if (s.failDeletionOf != null) {
            s.pending.add(stackLevel(s, "DELETE_FAILED", "The following resource(s) failed to delete: ["
                    + s.failDeletionOf + "].", () -> { }));
            return empty("DeleteStack");
        }
        s.pending.add(stackLevel(s, "DELETE_COMPLETE", null, () -> markDeleted(s)));
        return empty("DeleteStack");
    }

    private void markDeleted(FakeStack s) {
        s.status = "DELETE_COMPLETE";
        s.deleted = true;
        s.resources.clear();
        stacksByName.remove(s.name, s);
    }

    private String getTemplate(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        return new QueryXml().openRoot("GetTemplateResponse").open("GetTemplateResult")
                .element("TemplateBody", stack.templateBody == null ? "Resources: {}" : stack.templateBody)
                .close("GetTemplateResult").open("ResponseMetadata").element("RequestId", UUID.randomUUID())
                .close("ResponseMetadata").close("GetTemplateResponse").toString();
    }

    private String listStackResources(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        QueryXml xml = new QueryXml().openRoot("ListStackResourcesResponse").open("ListStackResourcesResult")
                .open("StackResourceSummaries");
        for (Map.Entry<String, String> r : stack.resources.entrySet()) {
            xml.open("member").element("LogicalResourceId", r.getKey())
                    .element("PhysicalResourceId", physicalId(r.getKey())).element("ResourceType", r.getValue())
                    .element("ResourceStatus", "CREATE_COMPLETE").element("LastUpdatedTimestamp", clock.instant())
                    .close("member");
        }
        return xml.close("StackResourceSummaries").close("ListStackResourcesResult").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata").close("ListStackResourcesResponse")
                .toString();
    }

    /** The physical ID the fake gives a resource, in events and resource lists alike. */
    public static String physicalId(String logicalId) {
        return logicalId.toLowerCase() + "-phys";
    }

    private String detectStackDrift(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        stack.driftPollsLeft = stack.driftPolls;
        return new QueryXml().openRoot("DetectStackDriftResponse").open("DetectStackDriftResult")
                .element("StackDriftDetectionId", "drift-" + stack.name).close("DetectStackDriftResult")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("DetectStackDriftResponse").toString();
    }

    private String describeDriftDetection(Map<String, String> p) {
        String id = p.get("StackDriftDetectionId");
        FakeStack stack = findStack(id.substring("drift-".length()));
        boolean done = stack.driftPollsLeft-- <= 0;
        return new QueryXml().openRoot("DescribeStackDriftDetectionStatusResponse")
                .open("DescribeStackDriftDetectionStatusResult").element("StackId", stack.id)
                .element("StackDriftDetectionId", id)
                .element("StackDriftStatus", !done ? "UNKNOWN" : stack.drifts.isEmpty() ? "IN_SYNC" : "DRIFTED")
                .element("DetectionStatus", done ? "DETECTION_COMPLETE" : "DETECTION_IN_PROGRESS")
                .element("DriftedStackResourceCount", done ? stack.drifts.size() : 0)
                .element("Timestamp", clock.instant()).close("DescribeStackDriftDetectionStatusResult")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("DescribeStackDriftDetectionStatusResponse").toString();
    }

    private String describeResourceDrifts(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        List<String> filters = new ArrayList<>();
        for (int i = 1; p.containsKey("StackResourceDriftStatusFilters.member." + i); i++) {
            filters.add(p.get("StackResourceDriftStatusFilters.member." + i));
        }
        QueryXml xml = new QueryXml().openRoot("DescribeStackResourceDriftsResponse")
                .open("DescribeStackResourceDriftsResult").open("StackResourceDrifts");
        for (var d : stack.drifts) {
            if (!filters.isEmpty() && !filters.contains(d.status())) {
                continue;
            }
            xml.open("member").element("StackId", stack.id).element("LogicalResourceId", d.logicalId())
                    .element("PhysicalResourceId", d.physicalId()).element("ResourceType", d.type())
                    .element("StackResourceDriftStatus", d.status()).element("Timestamp", clock.instant())
                    .open("PropertyDifferences");
            for (var prop : d.properties()) {
                xml.open("member").element("PropertyPath", prop.path()).element("ExpectedValue", prop.expected())
                        .element("ActualValue", prop.actual()).element("DifferenceType", prop.difference())
                        .close("member");
            }
            xml.close("PropertyDifferences").close("member");
        }
        return xml.close("StackResourceDrifts").close("DescribeStackResourceDriftsResult").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("DescribeStackResourceDriftsResponse").toString();
    }

    private String updateTerminationProtection(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        stack.terminationProtection = Boolean.parseBoolean(p.get("EnableTerminationProtection"));
        return new QueryXml().openRoot("UpdateTerminationProtectionResponse").open("UpdateTerminationProtectionResult")
                .element("StackId", stack.id).close("UpdateTerminationProtectionResult").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("UpdateTerminationProtectionResponse").toString();
    }

    private String setStackPolicy(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        stack.stackPolicy = p.get("StackPolicyBody");
        return new QueryXml().openRoot("SetStackPolicyResponse").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata").close("SetStackPolicyResponse")
                .toString();
    }

    private String getStackPolicy(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        return new QueryXml().openRoot("GetStackPolicyResponse").open("GetStackPolicyResult")
                .element("StackPolicyBody", stack.stackPolicy).close("GetStackPolicyResult").open("ResponseMetadata")
                .element("RequestId", UUID.randomUUID()).close("ResponseMetadata").close("GetStackPolicyResponse")
                .toString();
    }

    private String continueUpdateRollback(Map<String, String> p) {
        FakeStack stack = findStack(p.get("StackName"));
        if (!stack.status.equals("UPDATE_ROLLBACK_FAILED")) {
            throw new QueryError(400, "ValidationError", "Stack [" + stack.name + "] is in " + stack.status
                    + " state and can not continue update rollback.");
        }
        new RecordedRequest("", p, clock.instant()).list("ResourcesToSkip").forEach(stack.continueRollbackSkips::add);
        stack.operationToken = p.get("ClientRequestToken");
        addEvent(stack, stack.name, stack.id, "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_IN_PROGRESS",
                "User Initiated", stack.operationToken);
        stack.status = "UPDATE_ROLLBACK_IN_PROGRESS";
        stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null, () -> { }));
        stack.pending.add(stackLevel(stack, "UPDATE_ROLLBACK_COMPLETE", null, () -> { }));
        return empty("ContinueUpdateRollback");
    }

    private static String empty(String action) {
        return new QueryXml().openRoot(action + "Response").open(action + "Result").close(action + "Result")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close(action + "Response").toString();
    }

    // ---- state machine ----

    private FakeStack newStack(String name) {
        String id = "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/" + name + "/" + UUID.randomUUID();
        FakeStack stack = new FakeStack(name, id);
        stacksByName.put(name, stack);
        stacksById.put(id, stack);
        return stack;
    }

    private void advance(FakeStack stack) {
        if (stack.pending.isEmpty()) {
            return;
        }
        if (stack.releaseEvery != null) {
            while (!stack.pending.isEmpty() && !clock.instant().isBefore(stack.nextRelease)) {
                release(stack, stack.nextRelease);
                stack.nextRelease = stack.nextRelease.plus(stack.releaseEvery);
            }
            return;
        }
        if (stack.idleLeft > 0) {
            stack.idleLeft--;
            return;
        }
        for (int i = 0; i < stack.eventsPerPoll && !stack.pending.isEmpty(); i++) {
            release(stack, clock.instant());
        }
        stack.idleLeft = stack.idlePolls;
    }

    private void release(FakeStack stack, Instant at) {
        FakeStack.Pending next = stack.pending.poll();
        String physical = next.stackLevel() ? stack.id
                : next.logicalId().toLowerCase() + "-phys";
        addEvent(stack, next.logicalId(), physical, next.type(), next.status(), next.reason(),
                stack.operationToken, at);
        if (next.stackLevel()) {
            stack.status = next.status();
            stack.statusReason = next.reason();
        }
        next.onRelease().run();
    }

    private void addEvent(FakeStack stack, String logicalId, String physicalId, String type, String status,
                          String reason, String token) {
        addEvent(stack, logicalId, physicalId, type, status, reason, token, clock.instant());
    }

    private void addEvent(FakeStack stack, String logicalId, String physicalId, String type, String status,
                          String reason, String token, Instant at) {
        sequence++;
        stack.events.add(new FakeStack.Event("evt-" + sequence + "-" + logicalId, logicalId, physicalId, type,
                status, reason, token, at));
    }

    private static FakeStack.Pending resource(String logicalId, String type, String status, String reason) {
        return resource(logicalId, type, status, reason, () -> { });
    }

    private static FakeStack.Pending resource(String logicalId, String type, String status, String reason,
                                              Runnable onRelease) {
        return new FakeStack.Pending(logicalId, type, status, reason, false, onRelease);
    }

    private static FakeStack.Pending stackLevel(FakeStack stack, String status, String reason, Runnable onRelease) {
        return new FakeStack.Pending(stack.name, "AWS::CloudFormation::Stack", status, reason, true, onRelease);
    }
}
