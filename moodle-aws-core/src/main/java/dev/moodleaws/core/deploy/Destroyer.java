package dev.moodleaws.core.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * Deletes a stack on purpose, keeping the data: refuses unless the stack name was confirmed,
 * refuses while the database's deletion protection is on (lifting it is a deploy of its own), turns
 * termination protection off only here, deletes the stack and follows its events like a deploy,
 * then lists every resource the template keeps (file system, secrets, backup vault) and every
 * final snapshot (database, cache), with what it keeps costing and the commands that delete it.
 */
public final class Destroyer {
    private static final List<String> DELETION_PROTECTED = List.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance");

    private final StackAccess aws;

    private Destroyer(StackAccess aws) {
        this.aws = aws;
    }

    /** Works through {@code cfn}; a null listener, clock or sleeper means none, the system clock, real waits. */
    public static Destroyer of(CloudFormationClient cfn, DeployListener listener, Clock clock, Sleeper sleeper) {
        return new Destroyer(new StackAccess(cfn, listener, clock, sleeper));
    }

    /**
     * Destroys {@code stackName} in {@code region} (the region goes into the delete commands).
     *
     * @param confirmation the stack name given a second time; anything else refuses
     * @param costs        what each kind of kept resource costs, for the report
     * @throws DestroyRefusedException    not confirmed, no such stack, or the database is protected
     * @throws StackBusyException         another operation is running on the stack
     * @throws StackFailedException       the deletion failed (DELETE_FAILED), with the reasons
     * @throws DeployInterruptedException interrupted; the deletion goes on on AWS once started
     */
    public DestroyResult destroy(String stackName, String region, String confirmation, KeptCosts costs,
                                 Optional<Duration> timeout) {
        if (!stackName.equals(confirmation)) {
            throw new DestroyRefusedException(stackName, true, "Destroy of stack " + stackName + " refused: give the stack "
                    + "name again to confirm (" + (confirmation == null || confirmation.isBlank() ? "none was given"
                    : "'" + confirmation + "' was given") + "). Nothing was changed.");
        }
        ApiCalls calls = aws.calls(stackName);
        Instant start = aws.clock().instant();
        boolean deleting = false;
        try {
            Stack stack = calls.call("DescribeStacks", () -> aws.cfn().describeStacks(b -> b.stackName(stackName)))
                    .stacks().stream().findFirst().orElseThrow(() -> new DestroyRefusedException(stackName, false,
                            "There is no stack " + stackName + " to destroy."));
            String status = stack.stackStatusAsString();
            if (!StackState.of(status).settled()) {
                throw new StackBusyException(stackName, status);
            }
            Map<String, Map<String, Object>> template = template(calls, stack.stackId());
            List<StackResourceSummary> resources = new ArrayList<>();
            calls.call("ListStackResources", () -> aws.cfn().listStackResourcesPaginator(b -> b.stackName(stack.stackId()))
                    .stackResourceSummaries().stream().toList()).forEach(resources::add);
            for (StackResourceSummary r : resources) {
                Map<String, Object> props = properties(template.get(r.logicalResourceId()));
                if (DELETION_PROTECTED.contains(r.resourceType()) && Boolean.TRUE.equals(props.get("DeletionProtection"))) {
                    throw new DestroyRefusedException(stackName, false, "Destroy of stack " + stackName + " refused: the "
                            + "database " + r.logicalResourceId() + " (" + r.physicalResourceId() + ") has deletion "
                            + "protection. Deploy with database.deletionProtection: false first, then destroy; "
                            + "its final snapshot is taken then. Nothing was changed.");
                }
            }
            if (Boolean.TRUE.equals(stack.enableTerminationProtection())) {
                aws.listener().note("turning off termination protection of stack " + stackName + " to destroy it");
                calls.call("UpdateTerminationProtection", () -> aws.cfn().updateTerminationProtection(b -> b
                        .stackName(stack.stackId()).enableTerminationProtection(false)));
            }
            StackWatch watch = new StackWatch(aws.cfn(), calls, aws.sleeper(), aws.clock(), aws.listener(), stackName, stack.stackId());
            watch.baseline();
            String token = "moodle-aws-destroy-" + aws.clock().instant().getEpochSecond();
            calls.call("DeleteStack", () -> aws.cfn().deleteStack(b -> b.stackName(stack.stackId()).clientRequestToken(token)));
            deleting = true;
            aws.listener().waiting("deleting stack " + stackName);
            String end = watch.follow(resources.size(), start, timeout.map(start::plus));
            if (!end.equals("DELETE_COMPLETE")) {
                throw new StackFailedException(stackName, end, watch.failures(), "Destroy of stack " + stackName
                        + " ended in " + end + (watch.failures().isEmpty() ? "" : ": " + String.join("; ",
                        watch.failures())) + ". Fix the cause (or delete the named resources by hand) and destroy again.");
            }
            List<RetainedResource> kept = new ArrayList<>();
            for (StackResourceSummary r : resources) {
                Object policy = template.getOrDefault(r.logicalResourceId(), Map.of()).get("DeletionPolicy");
                KeptResources.describe(r, String.valueOf(policy), region, costs).ifPresent(kept::add);
            }
            return new DestroyResult(stackName, stack.stackId(), kept);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (deleting) {
                throw new DeployInterruptedException(stackName, DeployPhase.EXECUTING, "Destroy interrupted while stack "
                        + stackName + " is being deleted; the deletion goes on.");
            }
            throw new DeployInterruptedException(stackName, DeployPhase.PREPARING, "Destroy of stack " + stackName
                    + " interrupted before the deletion started; nothing was deleted.");
        }
    }

    /** The template's resources by logical ID (YAML or JSON, long-form intrinsic functions). */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> template(ApiCalls calls, String stackId) throws InterruptedException {
        String body = calls.call("GetTemplate", () -> aws.cfn().getTemplate(b -> b.stackName(stackId))).templateBody();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try {
            Object root = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(body);
            if (root instanceof Map<?, ?> m && m.get("Resources") instanceof Map<?, ?> rs) {
                rs.forEach((k, v) -> {
                    if (v instanceof Map<?, ?> r) {
                        out.put(String.valueOf(k), (Map<String, Object>) r);
                    }
                });
            }
        } catch (RuntimeException e) {
            aws.listener().note("the template of the stack could not be read (" + e.getMessage()
                    + "); kept resources are listed by type");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resource) {
        return resource != null && resource.get("Properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
    }
}
