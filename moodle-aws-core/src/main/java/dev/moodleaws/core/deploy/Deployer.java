package dev.moodleaws.core.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.OnStackFailure;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Deploys a CloudFormation stack through a change set, the careful way: shows every change first,
 * refuses to destroy stateful resources unless allowed, treats "no changes" as success, streams
 * stack events while waiting (without giving up early and without throttling), gets out of
 * ROLLBACK_COMPLETE and UPDATE_ROLLBACK_FAILED the way the options say, uploads large templates to
 * S3, and returns the outputs.
 * <pre>{@code
 * Deployer deployer = Deployer.builder(clients.cloudFormation()).s3(clients.s3())
 *         .listener(new PrintingDeployListener(log::info)).build();
 * DeployResult result = deployer.deploy(DeployOptions.builder("moodle", template).build());
 * }</pre>
 * A deployer holds no state between calls; one instance may serve several deploys in turn.
 */
public final class Deployer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_REASONS = 5;

    private final CloudFormationClient cfn;
    private final TemplateStore templateStore;
    private final DeployListener listener;
    private final Clock clock;
    private final Sleeper sleeper;

    private Deployer(Builder b) {
        this.cfn = b.cfn;
        this.templateStore = b.templateStore;
        this.listener = b.listener;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /** Starts a deployer on a CloudFormation client (see {@link AwsClients}). */
    public static Builder builder(CloudFormationClient cloudFormation) {
        return new Builder(cloudFormation);
    }

    /**
     * Creates the change set, reports each change, deletes the change set (and the empty stack a
     * CREATE change set made) and returns what a deploy would do. Nothing is executed.
     */
    public Plan plan(DeployOptions options) {
        Run run = new Run(options);
        try {
            Optional<Stack> stack = run.settle(false);
            ChangeSetOutcome outcome = run.createChangeSet(stack);
            run.discard(outcome);
            return outcome.plan();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployInterruptedException(options.stackName(), run.phase,
                    "Plan of stack " + options.stackName() + " interrupted; nothing was executed.");
        } catch (AwsCallException e) {
            throw run.withStackStatus(e);
        }
    }

    /**
     * Plans, refuses data-losing changes that were not allowed, executes, follows the stack events
     * until the stack settles, and returns the outputs.
     *
     * @throws ReplacementRefusedException a stateful resource would be replaced or removed
     * @throws StackFailedException        the stack failed or is stuck; the message says what to do
     * @throws DeployInterruptedException  the calling thread was interrupted
     * @throws DeployConfigurationException region or credentials missing
     */
    public DeployResult deploy(DeployOptions options) {
        Run run = new Run(options);
        try {
            DeployResult result = run.deploy();
            run.enter(DeployPhase.DONE);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeployInterruptedException.of(options.stackName(), run.phase, run.settledStatus);
        } catch (AwsCallException e) {
            throw run.withStackStatus(e);
        }
    }

    /**
     * The parameter values the stack holds now, by name, with the retries of every call; empty when
     * the stack does not exist (or was deleted). Callers compare them with what they are about to
     * deploy.
     */
    public Optional<Map<String, String>> currentParameters(String stackName) {
        Run run = new Run(DeployOptions.builder(stackName, "{}").build());
        try {
            return run.describe(stackName).filter(s -> !"DELETE_COMPLETE".equals(s.stackStatusAsString()))
                    .map(s -> {
                        Map<String, String> out = new LinkedHashMap<>();
                        s.parameters().forEach(p -> out.put(p.parameterKey(), p.parameterValue()));
                        return out;
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployInterruptedException(stackName, run.phase,
                    "Reading stack " + stackName + " interrupted; nothing was changed.");
        }
    }

    private record ChangeSetOutcome(String changeSetName, String stackId, boolean stackWasCreated, Plan plan) {
    }

    /** The state of one plan or deploy call. */
    private final class Run {
        private final DeployOptions o;
        private final String stack;
        private final ApiCalls calls;
        private final Instant start;
        private final Optional<Instant> deadline;
        private DeployPhase phase = DeployPhase.PREPARING;
        private String settledStatus;
        private List<String> lastFailures = List.of();

        Run(DeployOptions options) {
            this.o = options;
            this.stack = options.stackName();
            this.start = clock.instant();
            this.deadline = options.timeout().map(start::plus);
            this.calls = new ApiCalls(sleeper, clock, listener, options.stackName(), endpointOf(cfn), deadline);
        }

        void enter(DeployPhase next) {
            phase = next;
            listener.phase(stack, next);
        }

        /** The failure with the stack's status now, read with one plain call (no retries). */
        AwsCallException withStackStatus(AwsCallException e) {
            try {
                return e.withStackStatus(cfn.describeStacks(b -> b.stackName(stack)).stacks().stream().findFirst()
                        .map(Stack::stackStatusAsString).orElse(null));
            } catch (RuntimeException unreadable) {
                e.addSuppressed(unreadable);
                return e;
            }
        }

        DeployResult deploy() throws InterruptedException {
            Optional<Stack> current = settle(true);
            ChangeSetOutcome outcome = createChangeSet(current);
            Plan plan = outcome.plan();
            if (plan.noChanges()) {
                discard(outcome);
                settledStatus = describe(outcome.stackId()).orElseThrow().stackStatusAsString();
                enter(DeployPhase.SETTLED);
                return finish(converge(outcome.stackId()), true);
            }
            List<PlannedChange> refused = plan.refused();
            if (!refused.isEmpty()) {
                listener.refused(refused);
                discard(outcome);
                throw new ReplacementRefusedException(stack, refused);
            }
            boolean update = plan.changeSetType().equals("UPDATE");
            List<String> replacedOnPurpose = plan.dataLosingChanges().stream().map(PlannedChange::logicalId).toList();
            if (update && !replacedOnPurpose.isEmpty()) {
                applyStackPolicy(outcome.stackId(), replacedOnPurpose);
            }
            boolean succeeded = false;
            try {
                String status = execute(outcome, plan);
                settledStatus = status;
                if (!StackState.of(status).succeeded()) {
                    throw failed(status, lastFailures);
                }
                succeeded = true;
            } finally {
                if (!succeeded && !replacedOnPurpose.isEmpty() && update && phase != DeployPhase.EXECUTING) {
                    restorePolicyQuietly(outcome.stackId());
                }
            }
            enter(DeployPhase.SETTLED);
            return finish(converge(outcome.stackId()), false);
        }

        /** Executes the change set and follows the stack until it settles; a refused execute deletes it. */
        private String execute(ChangeSetOutcome outcome, Plan plan) throws InterruptedException {
            StackWatch watch = new StackWatch(cfn, calls, sleeper, clock, listener, stack, outcome.stackId());
            watch.baseline();
            String executeToken = outcome.changeSetName() + "-exec";
            listener.executing(stack, plan.changes().size());
            try {
                calls.call("ExecuteChangeSet", () -> cfn.executeChangeSet(b -> b.stackName(stack)
                        .changeSetName(outcome.changeSetName()).clientRequestToken(executeToken)));
            } catch (AwsCallException e) {
                discard(outcome);
                throw e;
            }
            enter(DeployPhase.EXECUTING);
            String status = watch.follow(plan.changes().size(), start, deadline);
            lastFailures = watch.failures();
            phase = DeployPhase.SETTLED;
            return status;
        }

        private void restorePolicyQuietly(String stackId) {
            try {
                applyStackPolicy(stackId, List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (DeployException e) {
                listener.note("Could not restore the stack policy of " + stack + " (" + e.getMessage()
                        + "); the next deploy sets it again.");
            }
        }

        /**
         * Makes termination protection and the stack policy what the options say, whatever happened
         * before (an interrupted or failed deploy may have left them unset), says so, and returns the
         * stack as it is now.
         */
        private Stack converge(String stackId) throws InterruptedException {
            Stack s = describe(stackId).orElseThrow();
            boolean protectedNow = Boolean.TRUE.equals(s.enableTerminationProtection());
            if (o.terminationProtection() && !protectedNow) {
                calls.call("UpdateTerminationProtection", () -> cfn.updateTerminationProtection(b -> b
                        .stackName(stackId).enableTerminationProtection(true)));
                listener.note("Termination protection enabled on " + stack);
            } else if (protectedNow) {
                listener.note("Termination protection is on for " + stack);
            } else {
                listener.note("Termination protection is off for " + stack + ", as the options say");
            }
            String wanted = policyBody(List.of());
            if (wanted != null) {
                String present = calls.call("GetStackPolicy", () -> cfn.getStackPolicy(b -> b.stackName(stackId)))
                        .stackPolicyBody();
                if (!StackPolicies.same(wanted, present)) {
                    calls.call("SetStackPolicy", () -> cfn.setStackPolicy(b -> b.stackName(stackId)
                            .stackPolicyBody(wanted)));
                    listener.note("Stack policy " + (present == null ? "set" : "restored") + " on " + stack
                            + ": resources that hold data cannot be replaced or removed");
                } else {
                    listener.note("Stack policy of " + stack + " already protects the resources that hold data");
                }
            }
            return s;
        }

        /**
         * Brings the stack to a state a change set can be made on: waits for a running operation,
         * handles ROLLBACK_COMPLETE and UPDATE_ROLLBACK_FAILED. Returns the stack, or empty when there
         * is none (or only the empty shell of an earlier plan).
         */
        Optional<Stack> settle(boolean mayChange) throws InterruptedException {
            for (int round = 0; ; round++) {
                Optional<Stack> found = describe(stack);
                if (found.isEmpty()) {
                    return found;
                }
                Stack s = found.get();
                String status = s.stackStatusAsString();
                StackState state = StackState.of(status);
                if (!state.settled()) {
                    waitForRunningOperation(s, status);
                    continue;
                }
                switch (state) {
                    case ROLLBACK_COMPLETE -> {
                        if (!mayChange || o.onRollbackComplete() != RollbackCompleteChoice.DELETE_AND_RECREATE) {
                            throw rollbackCompleteHelp(s, mayChange);
                        }
                        deleteFailedStack(s);
                        return Optional.empty();
                    }
                    case UPDATE_ROLLBACK_FAILED -> {
                        if (!mayChange || !o.continueUpdateRollback() || round > 0) {
                            throw failed(status, failureReasons(s.stackId()));
                        }
                        continueRollback(s);
                    }
                    default -> {
                        if (state.kind() == StackState.Kind.STUCK) {
                            throw failed(status, failureReasons(s.stackId()));
                        }
                        return found;
                    }
                }
            }
        }

        private void waitForRunningOperation(Stack s, String status) throws InterruptedException {
            StackWatch watch = new StackWatch(cfn, calls, sleeper, clock, listener, stack, s.stackId());
            String token = watch.baseline();
            boolean ours = token != null && token.startsWith(o.clientTokenPrefix() + "-");
            if (ours) {
                listener.waiting("stack " + stack + " is " + status + " from an earlier deploy; attaching to it "
                        + "and following its events");
            } else if (!o.waitForBusyStack()) {
                throw new StackBusyException(stack, status);
            } else {
                listener.waiting("stack " + stack + " is busy (" + status + ") with another operation; "
                        + "waiting for it to finish");
            }
            enter(ours ? DeployPhase.EXECUTING : DeployPhase.WAITING_FOR_OTHER_OPERATION);
            String settled = watch.follow(0, start, deadline);
            enter(DeployPhase.PREPARING);
            listener.note("Stack " + stack + " settled in " + settled);
            StackState state = StackState.of(settled);
            if (ours && !state.succeeded() && state != StackState.DELETE_COMPLETE) {
                throw failed(settled, watch.failures());
            }
        }

        private void deleteFailedStack(Stack s) throws InterruptedException {
            listener.note("Stack " + stack + " is in ROLLBACK_COMPLETE (its first create failed); deleting it "
                    + "to create it again, as option onRollbackComplete allows");
            if (Boolean.TRUE.equals(s.enableTerminationProtection())) {
                calls.call("UpdateTerminationProtection", () -> cfn.updateTerminationProtection(b -> b
                        .stackName(s.stackId()).enableTerminationProtection(false)));
            }
            StackWatch watch = new StackWatch(cfn, calls, sleeper, clock, listener, stack, s.stackId());
            watch.baseline();
            String token = token("delete");
            calls.call("DeleteStack", () -> cfn.deleteStack(b -> b.stackName(s.stackId()).clientRequestToken(token)));
            listener.waiting("deleting stack " + stack);
            String status = watch.follow(0, start, deadline);
            if (StackState.of(status) != StackState.DELETE_COMPLETE) {
                throw failed(status, watch.failures());
            }
        }

        private void continueRollback(Stack s) throws InterruptedException {
            listener.note("Stack " + stack + " is in UPDATE_ROLLBACK_FAILED; continuing the rollback"
                    + (o.resourcesToSkip().isEmpty() ? "" : ", skipping " + String.join(", ", o.resourcesToSkip())));
            StackWatch watch = new StackWatch(cfn, calls, sleeper, clock, listener, stack, s.stackId());
            watch.baseline();
            String token = token("continue");
            calls.call("ContinueUpdateRollback", () -> cfn.continueUpdateRollback(b -> b.stackName(s.stackId())
                    .resourcesToSkip(o.resourcesToSkip()).clientRequestToken(token)));
            watch.follow(0, start, deadline);
        }

        ChangeSetOutcome createChangeSet(Optional<Stack> current) throws InterruptedException {
            boolean create = current.isEmpty()
                    || StackState.of(current.get().stackStatusAsString()) == StackState.REVIEW_IN_PROGRESS;
            ChangeSetType type = create ? ChangeSetType.CREATE : ChangeSetType.UPDATE;
            TemplateSource template = TemplateSource.of(o, regionOf(cfn), templateStore, listener, calls::countOne);
            String name = changeSetName();
            CreateChangeSetRequest.Builder request = CreateChangeSetRequest.builder()
                    .stackName(stack).changeSetName(name).changeSetType(type)
                    .clientToken(name)
                    .description("moodle-aws deploy of " + stack)
                    .parameters(o.parameters().entrySet().stream()
                            .map(e -> Parameter.builder().parameterKey(e.getKey()).parameterValue(e.getValue()).build())
                            .toList())
                    .tags(o.tags().entrySet().stream()
                            .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList())
                    .capabilitiesWithStrings(o.capabilities().stream().sorted().toList());
            if (template.body() != null) {
                request.templateBody(template.body());
            } else {
                request.templateURL(template.url());
            }
            if (create) {
                request.onStackFailure(OnStackFailure.ROLLBACK);
            }
            String stackId = calls.call("CreateChangeSet", () -> cfn.createChangeSet(request.build())).stackId();
            listener.changeSetCreated(stack, name, type.toString());
            Map<String, String> previous = new LinkedHashMap<>();
            current.ifPresent(s -> s.parameters().forEach(p -> previous.put(p.parameterKey(), p.parameterValue())));
            o.parameters().forEach((key, value) -> listener.parameter(key, previous.get(key), value));
            return describeChangeSet(name, stackId, create, type.toString());
        }

        private ChangeSetOutcome describeChangeSet(String name, String stackId, boolean create, String type)
                throws InterruptedException {
            PollBackoff backoff = new PollBackoff();
            String lastStatus = null;
            DescribeChangeSetResponse page;
            while (true) {
                sleeper.sleep(backoff.next());
                page = calls.call("DescribeChangeSet",
                        () -> cfn.describeChangeSet(b -> b.stackName(stackId).changeSetName(name)));
                String status = page.statusAsString();
                if ("CREATE_COMPLETE".equals(status) || "FAILED".equals(status)) {
                    break;
                }
                if (!Objects.equals(status, lastStatus)) {
                    listener.waiting("change set " + name + " is being computed (" + status + ")");
                    lastStatus = status;
                }
                if (deadline.isPresent() && !clock.instant().isBefore(deadline.get())) {
                    throw new DeployTimeoutException(stack, Duration.between(start, clock.instant()));
                }
            }
            if ("FAILED".equals(page.statusAsString())) {
                String reason = String.valueOf(page.statusReason());
                ChangeSetOutcome outcome = new ChangeSetOutcome(name, stackId, create, new Plan(stack, type, List.of(), true, o.allowedReplacements()));
                if (isNoChanges(reason)) {
                    listener.noChanges(stack);
                    return outcome;
                }
                discard(outcome);
                throw new DeployException(stack, "CloudFormation could not create the change set for stack "
                        + stack + ": " + reason);
            }
            List<PlannedChange> changes = new ArrayList<>();
            while (true) {
                for (Change change : page.changes()) {
                    if (change.resourceChange() != null) {
                        PlannedChange planned = toPlanned(change.resourceChange(), o.dataHoldingTypes());
                        changes.add(planned);
                        listener.change(planned);
                    }
                }
                String next = page.nextToken();
                if (next == null) {
                    break;
                }
                page = calls.call("DescribeChangeSet", () -> cfn.describeChangeSet(b -> b.stackName(stackId)
                        .changeSetName(name).nextToken(next)));
            }
            return new ChangeSetOutcome(name, stackId, create, new Plan(stack, type, changes, false, o.allowedReplacements()));
        }

        /** Removes the change set; a CREATE change set also leaves an empty stack, removed with it. */
        void discard(ChangeSetOutcome outcome) throws InterruptedException {
            try {
                if (outcome.stackWasCreated()) {
                    String token = outcome.changeSetName() + "-discard";
                    calls.call("DeleteStack", () -> cfn.deleteStack(b -> b.stackName(outcome.stackId())
                            .clientRequestToken(token)));
                } else {
                    calls.call("DeleteChangeSet", () -> cfn.deleteChangeSet(b -> b.stackName(outcome.stackId())
                            .changeSetName(outcome.changeSetName())));
                }
            } catch (AwsCallException e) {
                listener.note("Could not delete change set " + outcome.changeSetName() + ": " + e.getMessage());
            }
        }

        private void applyStackPolicy(String stackId, List<String> allowedNow) throws InterruptedException {
            String body = policyBody(allowedNow);
            if (body == null) {
                return;
            }
            calls.call("SetStackPolicy", () -> cfn.setStackPolicy(b -> b.stackName(stackId).stackPolicyBody(body)));
            if (!allowedNow.isEmpty()) {
                listener.note("Stack policy lets " + String.join(", ", allowedNow) + " be replaced during this update");
            }
        }

        /** The stack policy the options ask for, letting {@code allowedNow} be replaced; null for none. */
        private String policyBody(List<String> allowedNow) {
            if (o.stackPolicyBody() != null) {
                return o.stackPolicyBody();
            }
            return o.protectStatefulResources() ? StackPolicies.protectStateful(allowedNow, o.dataHoldingTypes().keySet()) : null;
        }

        private DeployResult finish(Stack s, boolean noChanges) {
            Map<String, String> outputs = new LinkedHashMap<>();
            for (Output output : s.outputs()) {
                outputs.put(output.outputKey(), output.outputValue());
            }
            DeployResult result = new DeployResult(stack, s.stackStatusAsString(), noChanges,
                    OutputOrder.order(outputs, o.templateBody(), o.leadingOutputs()), Duration.between(start, clock.instant()),
                    calls.count());
            listener.finished(result);
            return result;
        }

        private Optional<Stack> describe(String nameOrId) throws InterruptedException {
            try {
                return calls.call("DescribeStacks", () -> cfn.describeStacks(b -> b.stackName(nameOrId)))
                        .stacks().stream().findFirst();
            } catch (AwsCallException e) {
                if (isNoSuchStack(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        /**
         * Whether DescribeStacks answered that there is no such stack. CloudFormation has no error code
         * of its own for that: it answers {@code ValidationError} (HTTP 400), which for a well-formed
         * stack name or ID (the options check the name) can mean nothing else; the message text is
         * never read.
         */
        private static boolean isNoSuchStack(AwsCallException e) {
            return e.httpStatus() == 400 && "ValidationError".equals(e.errorCode());
        }

        /** The first failure reasons of the latest operation, oldest first. */
        private List<String> failureReasons(String stackId) throws InterruptedException {
            List<StackEvent> events = new ArrayList<>();
            String token = null;
            for (int page = 0; page < 3; page++) {
                String next = token;
                DescribeStackEventsResponse response = calls.call("DescribeStackEvents",
                        () -> cfn.describeStackEvents(b -> b.stackName(stackId).nextToken(next)));
                events.addAll(response.stackEvents());
                token = response.nextToken();
                if (token == null) {
                    break;
                }
            }
            Collections.reverse(events);
            List<String> reasons = new ArrayList<>();
            for (StackEvent e : events) {
                String status = e.resourceStatusAsString();
                if (status != null && status.endsWith("_FAILED") && e.resourceStatusReason() != null
                        && !e.resourceStatusReason().contains("cancelled")) {
                    reasons.add(e.logicalResourceId() + ": " + e.resourceStatusReason());
                }
            }
            return reasons;
        }

        private StackFailedException rollbackCompleteHelp(Stack s, boolean deploying) throws InterruptedException {
            List<String> reasons = failureReasons(s.stackId());
            return new StackFailedException(stack, "ROLLBACK_COMPLETE", reasons, "Stack " + stack
                    + " is in ROLLBACK_COMPLETE: its first create failed and was rolled back, and such a stack can "
                    + "only be deleted, not updated." + firstReasons(reasons)
                    + "\nFix the cause, then allow the deploy to delete the empty stack and create it again "
                    + "(option onRollbackComplete = DELETE_AND_RECREATE), or delete it yourself: "
                    + "aws cloudformation delete-stack --stack-name " + stack
                    + (deploying ? "" : "\n(A plan cannot show changes for it: the stack will be created anew.)"));
        }

        private StackFailedException failed(String status, List<String> reasons) {
            String what = switch (status) {
                case "ROLLBACK_COMPLETE" -> "The create of stack " + stack + " failed and was rolled back."
                        + firstReasons(reasons) + "\nThe stack is now in ROLLBACK_COMPLETE and cannot be updated. Fix "
                        + "the cause and deploy again with option onRollbackComplete = DELETE_AND_RECREATE to delete it and "
                        + "create it anew.";
                case "UPDATE_ROLLBACK_COMPLETE" -> "The update of stack " + stack + " failed and was rolled back; "
                        + "the stack is back to its previous state and usable." + firstReasons(reasons);
                case "UPDATE_ROLLBACK_FAILED" -> "Stack " + stack + " is in UPDATE_ROLLBACK_FAILED: an update failed "
                        + "and CloudFormation could not roll it back either." + firstReasons(reasons)
                        + "\nFix the cause (often a resource changed or deleted outside CloudFormation), then continue "
                        + "the rollback: deploy again with option continueUpdateRollback (and resourcesToSkip for "
                        + "resources that cannot be rolled back), or run: aws cloudformation continue-update-rollback "
                        + "--stack-name " + stack + " [--resources-to-skip LogicalId ...]";
                case "DELETE_COMPLETE" -> "Stack " + stack + " was deleted while the deploy waited.";
                default -> "Stack " + stack + " ended in " + status + "." + firstReasons(reasons)
                        + "\nSee 'aws cloudformation describe-stack-events --stack-name " + stack + "'.";
            };
            return new StackFailedException(stack, status, reasons.subList(0, Math.min(MAX_REASONS, reasons.size())),
                    what);
        }

        private String firstReasons(List<String> reasons) {
            if (reasons.isEmpty()) {
                return "";
            }
            return "\nFirst failure: " + reasons.get(0)
                    + (reasons.size() > 1 ? "\nThen: " + String.join("\n      ", reasons.subList(1,
                    Math.min(MAX_REASONS, reasons.size()))) : "");
        }

        private String changeSetName() {
            String fingerprint = TemplateSource.sha256((o.templateBody() + o.parameters() + o.tags())
                    .getBytes(StandardCharsets.UTF_8)).substring(0, 8);
            return o.clientTokenPrefix() + "-" + STAMP.format(start) + "-" + fingerprint;
        }

        private String token(String purpose) {
            return o.clientTokenPrefix() + "-" + purpose + "-" + STAMP.format(start);
        }
    }

    /** The endpoint a client talks to, as errors name it. */
    static String endpointOf(CloudFormationClient client) {
        try {
            var config = client.serviceClientConfiguration();
            return config.endpointOverride().map(Object::toString)
                    .orElse("https://cloudformation." + config.region().id() + ".amazonaws.com");
        } catch (RuntimeException e) {
            return "CloudFormation";
        }
    }

    /** The region a client works in. */
    static String regionOf(CloudFormationClient client) {
        return client.serviceClientConfiguration().region().id();
    }

    static boolean isNoChanges(String reason) {
        return reason.contains("didn't contain changes") || reason.contains("No updates are to be performed");
    }

    private static PlannedChange toPlanned(ResourceChange rc, Map<String, String> dataHoldingTypes) {
        List<String> details = new ArrayList<>();
        for (ResourceChangeDetail d : rc.details()) {
            StringBuilder line = new StringBuilder();
            if (d.target() != null) {
                line.append(d.target().attributeAsString());
                if (d.target().name() != null) {
                    line.append('.').append(d.target().name());
                }
                if (d.target().requiresRecreation() != null) {
                    line.append(" (recreation: ").append(d.target().requiresRecreationAsString()).append(')');
                }
            }
            if (d.changeSourceAsString() != null) {
                line.append(" caused by ").append(d.changeSourceAsString());
                if (d.causingEntity() != null) {
                    line.append(' ').append(d.causingEntity());
                }
            }
            if (d.evaluationAsString() != null) {
                line.append(" [").append(d.evaluationAsString()).append(']');
            }
            details.add(line.toString().trim());
        }
        ChangeAction action = ChangeAction.of(rc.actionAsString());
        return new PlannedChange(action, rc.logicalResourceId(),
                rc.physicalResourceId(), rc.resourceType(), Replacement.of(action, rc.replacementAsString()),
                rc.resourceType() == null ? null : dataHoldingTypes.get(rc.resourceType()), rc.scopeAsStrings(), details);
    }

    /** Builds a {@link Deployer}. */
    public static final class Builder {
        private final CloudFormationClient cfn;
        private TemplateStore templateStore;
        private DeployListener listener = DeployListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder(CloudFormationClient cfn) {
            this.cfn = Objects.requireNonNull(cfn, "cloudFormation");
        }

        /** S3 for templates over 51,200 bytes. */
        public Builder s3(S3Client s3) {
            this.templateStore = s3 == null ? null : new S3TemplateStore(() -> s3);
            return this;
        }

        /** S3 for templates over 51,200 bytes, asked for only when a template goes through a bucket. */
        public Builder s3(java.util.function.Supplier<S3Client> s3) {
            this.templateStore = s3 == null ? null : new S3TemplateStore(s3);
            return this;
        }

        /**
         * S3 for templates over 51,200 bytes, and STS to name the deploy's own bucket when none is
         * named; each asked for only when a template goes through a bucket.
         */
        public Builder s3(java.util.function.Supplier<S3Client> s3,
                          java.util.function.Supplier<software.amazon.awssdk.services.sts.StsClient> sts) {
            this.templateStore = s3 == null ? null : new S3TemplateStore(s3, sts);
            return this;
        }

        /** Another store for large templates. */
        public Builder templateStore(TemplateStore store) {
            this.templateStore = store;
            return this;
        }

        public Builder listener(DeployListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The clock for elapsed time and the optional timeout. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How to wait between polls. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        public Deployer build() {
            return new Deployer(this);
        }
    }
}
