package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one plan or deploy needs. Build with {@link #builder(String, String)}; defaults are the
 * safe choices: termination protection on, stateful resources protected by a stack policy, no
 * replacement of stateful resources, a failed first create is not deleted without consent, no
 * overall time limit (a deploy waits as long as CloudFormation is working).
 *
 * @param stackName             the stack name
 * @param templateBody          the CloudFormation template (YAML or JSON)
 * @param parameters            template parameters
 * @param tags                  stack tags
 * @param capabilities          e.g. CAPABILITY_IAM, CAPABILITY_NAMED_IAM
 * @param allowedReplacements   logical IDs of stateful resources the user allows to be replaced or removed
 * @param templateBucket        S3 bucket for templates over 51,200 bytes, or null
 * @param templatePrefix        key prefix in that bucket ("" or ending in "/")
 * @param managedTemplateBucket with no bucket named, put templates over 51,200 bytes into the bucket the
 *                              deploy keeps for the account and region (made on first use)
 * @param timeout               an optional overall cap; empty means wait as long as the stack works
 * @param onRollbackComplete    what to do with a stack a failed first create left in ROLLBACK_COMPLETE
 * @param terminationProtection enable termination protection after creating the stack
 * @param protectStatefulResources set a stack policy denying Update:Replace and Update:Delete on
 *                                 stateful resources (except the allowed replacements)
 * @param stackPolicyBody       a stack policy to set instead of the generated one, or null
 * @param clientTokenPrefix     prefix of change set names and client request tokens
 * @param waitForBusyStack      wait for another operation on the stack to finish instead of refusing
 * @param continueUpdateRollback continue a rollback stuck in UPDATE_ROLLBACK_FAILED
 * @param resourcesToSkip       logical IDs to skip when continuing that rollback
 * @param dataHoldingTypes      resource types whose replacement or removal loses data, each with what is
 *                              lost; by default {@link StatefulResources#GENERIC}
 * @param leadingOutputs        stack outputs to list first in the result (for example the site's URL)
 */
public record DeployOptions(String stackName, String templateBody, Map<String, String> parameters,
                            Map<String, String> tags, Set<String> capabilities, Set<String> allowedReplacements,
                            String templateBucket, String templatePrefix, boolean managedTemplateBucket,
                            Optional<Duration> timeout,
                            RollbackCompleteChoice onRollbackComplete, boolean terminationProtection,
                            boolean protectStatefulResources, String stackPolicyBody, String clientTokenPrefix,
                            boolean waitForBusyStack, boolean continueUpdateRollback, List<String> resourcesToSkip,
                            Map<String, String> dataHoldingTypes, List<String> leadingOutputs) {

    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][-A-Za-z0-9]{0,127}");
    private static final Pattern TOKEN_PREFIX = Pattern.compile("[A-Za-z][-A-Za-z0-9]{0,60}");
    private static final Set<String> CAPABILITIES =
            Set.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND");

    public DeployOptions {
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(templateBody, "templateBody");
        if (!STACK_NAME.matcher(stackName).matches()) {
            throw new IllegalArgumentException("stack name '" + stackName
                    + "' must start with a letter and contain only letters, digits and hyphens (at most 128)");
        }
        if (!TOKEN_PREFIX.matcher(clientTokenPrefix).matches()) {
            throw new IllegalArgumentException("client token prefix '" + clientTokenPrefix
                    + "' must start with a letter and contain only letters, digits and hyphens (at most 61)");
        }
        for (String capability : capabilities) {
            if (!CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException("unknown capability '" + capability + "', use one of "
                        + new java.util.TreeSet<>(CAPABILITIES));
            }
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        capabilities = Set.copyOf(capabilities);
        allowedReplacements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(allowedReplacements));
        templatePrefix = normalisePrefix(templatePrefix);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(onRollbackComplete, "onRollbackComplete");
        resourcesToSkip = List.copyOf(resourcesToSkip);
        dataHoldingTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dataHoldingTypes));
        leadingOutputs = List.copyOf(leadingOutputs);
    }

    /** Starts options for a stack and its template. */
    public static Builder builder(String stackName, String templateBody) {
        return new Builder(stackName, templateBody);
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder(stackName, templateBody);
        b.parameters.putAll(parameters);
        b.tags.putAll(tags);
        b.capabilities.addAll(capabilities);
        b.allowedReplacements.addAll(allowedReplacements);
        b.templateBucket = templateBucket;
        b.templatePrefix = templatePrefix;
        b.managedTemplateBucket = managedTemplateBucket;
        b.timeout = timeout.orElse(null);
        b.onRollbackComplete = onRollbackComplete;
        b.terminationProtection = terminationProtection;
        b.protectStatefulResources = protectStatefulResources;
        b.stackPolicyBody = stackPolicyBody;
        b.clientTokenPrefix = clientTokenPrefix;
        b.waitForBusyStack = waitForBusyStack;
        b.continueUpdateRollback = continueUpdateRollback;
        b.resourcesToSkip = resourcesToSkip;
        b.dataHoldingTypes = dataHoldingTypes;
        b.leadingOutputs = leadingOutputs;
        return b;
    }

    private static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        String trimmed = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    /** Builder with the safe defaults. */
    public static final class Builder {
        private final String stackName;
        private final String templateBody;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Set<String> capabilities = new LinkedHashSet<>();
        private final Set<String> allowedReplacements = new LinkedHashSet<>();
        private String templateBucket;
        private String templatePrefix = "";
        private boolean managedTemplateBucket = true;
        private Duration timeout;
        private RollbackCompleteChoice onRollbackComplete = RollbackCompleteChoice.FAIL_WITH_HELP;
        private boolean terminationProtection = true;
        private boolean protectStatefulResources = true;
        private String stackPolicyBody;
        private String clientTokenPrefix = "moodle-aws";
        private boolean waitForBusyStack = true;
        private boolean continueUpdateRollback;
        private List<String> resourcesToSkip = List.of();
        private Map<String, String> dataHoldingTypes = StatefulResources.GENERIC;
        private List<String> leadingOutputs = List.of();

        private Builder(String stackName, String templateBody) {
            this.stackName = stackName;
            this.templateBody = templateBody;
        }

        public Builder parameter(String key, String value) {
            parameters.put(key, value);
            return this;
        }

        public Builder parameters(Map<String, String> values) {
            parameters.putAll(values);
            return this;
        }

        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        public Builder tags(Map<String, String> values) {
            tags.putAll(values);
            return this;
        }

        public Builder capabilities(String... values) {
            capabilities.addAll(List.of(values));
            return this;
        }

        /** Logical IDs of stateful resources that may be replaced or removed. */
        public Builder allowReplacement(String... logicalIds) {
            allowedReplacements.addAll(List.of(logicalIds));
            return this;
        }

        /** Where templates over 51,200 bytes are uploaded (content-addressed keys). */
        public Builder templateBucket(String bucket, String prefix) {
            this.templateBucket = bucket;
            this.templatePrefix = prefix;
            return this;
        }

        /**
         * Whether, with no bucket named, templates over 51,200 bytes go to the bucket the deploy
         * keeps for the account and region ({@code moodle-aws-templates-<account>-<region>}, made on
         * first use); on by default, off to insist on a named bucket.
         */
        public Builder managedTemplateBucket(boolean value) {
            this.managedTemplateBucket = value;
            return this;
        }

        /** An overall cap; by default a deploy waits as long as the stack is working. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder onRollbackComplete(RollbackCompleteChoice value) {
            this.onRollbackComplete = value;
            return this;
        }

        public Builder terminationProtection(boolean value) {
            this.terminationProtection = value;
            return this;
        }

        public Builder protectStatefulResources(boolean value) {
            this.protectStatefulResources = value;
            return this;
        }

        /** A custom stack policy (JSON) set instead of the generated one. */
        public Builder stackPolicyBody(String value) {
            this.stackPolicyBody = value;
            return this;
        }

        public Builder clientTokenPrefix(String value) {
            this.clientTokenPrefix = value;
            return this;
        }

        public Builder waitForBusyStack(boolean value) {
            this.waitForBusyStack = value;
            return this;
        }

        /** Continue a rollback stuck in UPDATE_ROLLBACK_FAILED, skipping the given resources. */
        public Builder continueUpdateRollback(boolean value, String... skip) {
            this.continueUpdateRollback = value;
            this.resourcesToSkip = List.of(skip);
            return this;
        }

        /** The resource types that hold data, each with what a user loses when it is replaced or removed. */
        public Builder dataHoldingTypes(Map<String, String> typesAndWhatIsLost) {
            this.dataHoldingTypes = Map.copyOf(typesAndWhatIsLost);
            return this;
        }

        /** Stack outputs to list first in the result, in this order; the rest follow in template order. */
        public Builder leadingOutputs(String... names) {
            this.leadingOutputs = List.of(names);
            return this;
        }

        public DeployOptions build() {
            return new DeployOptions(stackName, templateBody, parameters, tags, capabilities, allowedReplacements,
                    templateBucket, templatePrefix, managedTemplateBucket, Optional.ofNullable(timeout), onRollbackComplete,
                    terminationProtection, protectStatefulResources, stackPolicyBody, clientTokenPrefix,
                    waitForBusyStack, continueUpdateRollback, resourcesToSkip, dataHoldingTypes, leadingOutputs);
        }
    }
}
