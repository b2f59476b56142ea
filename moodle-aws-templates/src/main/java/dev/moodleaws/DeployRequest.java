package dev.moodleaws;

import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How one {@link MoodleAws#plan plan} or {@link MoodleAws#deploy deploy} differs from the defaults:
 * another stack name or region than the descriptor's, where progress goes, and changes to the
 * {@link DeployOptions} (a template bucket, replacements the user allows, a time limit, ...).
 *
 * <pre>{@code
 * DeployRequest request = DeployRequest.builder()
 *         .listener(new PrintingDeployListener(System.out::println))
 *         .options(o -> o.allowReplacement("DatabaseCluster").timeout(Duration.ofMinutes(90)))
 *         .build();
 * }</pre>
 */
public final class DeployRequest {

    private static final DeployRequest DEFAULTS = builder().build();

    private final String stackName;
    private final String region;
    private final DeployListener listener;
    private final Consumer<DeployOptions.Builder> options;

    private DeployRequest(Builder b) {
        this.stackName = b.stackName;
        this.region = b.region;
        this.listener = b.listener;
        this.options = b.options;
    }

    /** The descriptor's stack name and region, no listener, the safe default options. */
    public static DeployRequest defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Another stack name than the descriptor's {@code name}, if set. */
    public Optional<String> stackName() {
        return Optional.ofNullable(stackName);
    }

    /** Another region than the descriptor's {@code region}, if set. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** Where progress goes. */
    public DeployListener listener() {
        return listener;
    }

    /** Applies this request's changes to options. */
    void customize(DeployOptions.Builder builder) {
        options.accept(builder);
    }

    /** Builds a {@link DeployRequest}. */
    public static final class Builder {
        private String stackName;
        private String region;
        private DeployListener listener = DeployListener.NONE;
        private Consumer<DeployOptions.Builder> options = o -> { };

        private Builder() {
        }

        /** The stack name; by default the descriptor's {@code name}. Blank means the default. */
        public Builder stackName(String value) {
            this.stackName = value == null || value.isBlank() ? null : value.trim();
            return this;
        }

        /**
         * The region to plan or deploy in; by default the descriptor's {@code region}, which the template
         * was rendered for (availability zones, certificate). Blank means the default.
         */
        public Builder region(String value) {
            this.region = value == null || value.isBlank() ? null : value.trim();
            return this;
        }

        /** Receives each change, stack event and the result as they happen. */
        public Builder listener(DeployListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** Changes to the deploy options, applied after the defaults of the rendered deployment. */
        public Builder options(Consumer<DeployOptions.Builder> value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        public DeployRequest build() {
            return new DeployRequest(this);
        }
    }
}
