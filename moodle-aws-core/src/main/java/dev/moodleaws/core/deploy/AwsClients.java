package dev.moodleaws.core.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the AWS clients the deployer needs: region and credentials from an explicit value, a
 * named profile or the SDK's default chains; an optional endpoint override (LocalStack, a test
 * server); the SDK's adaptive retry mode, which slows down when CloudFormation throttles.
 * Configuration problems become a {@link DeployConfigurationException} saying what to set.
 */
public final class AwsClients {

    static final String REGION_HELP = "No AWS region configured: set AWS_REGION (or -Dmoodle-aws.region=...),"
            + " or a region in the selected profile of ~/.aws/config.";
    static final String CREDENTIALS_HELP = "No AWS credentials found: set AWS_PROFILE (or -Dmoodle-aws.profile=...),"
            + " or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run 'aws sso login' / 'aws configure'.";

    private final String region;
    private final String profile;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final RetryStrategy retryStrategy;
    private final Duration attemptTimeout;

    private AwsClients(Builder b) {
        this.region = b.region;
        this.profile = b.profile;
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.retryStrategy = b.retryStrategy;
        this.attemptTimeout = b.attemptTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A CloudFormation client; throws {@link DeployConfigurationException} when region or profile is missing. */
    public CloudFormationClient cloudFormation() {
        try {
            var builder = CloudFormationClient.builder()
                    .region(resolveRegion())
                    .credentialsProvider(resolveCredentials())
                    .overrideConfiguration(overrides());
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            return builder.build();
        } catch (SdkClientException e) {
            throw translate(e);
        }
    }

    /** An S3 client for template uploads (path-style when an endpoint override is set). */
    public S3Client s3() {
        try {
            var builder = S3Client.builder()
                    .region(resolveRegion())
                    .credentialsProvider(resolveCredentials())
                    .overrideConfiguration(overrides());
            if (endpoint != null) {
                builder.endpointOverride(endpoint).forcePathStyle(true);
            }
            return builder.build();
        } catch (SdkClientException e) {
            throw translate(e);
        }
    }

    private ClientOverrideConfiguration overrides() {
        ClientOverrideConfiguration.Builder o = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(attemptTimeout);
        o.retryStrategy(retryStrategy != null ? retryStrategy : AwsRetryStrategy.forRetryMode(RetryMode.ADAPTIVE_V2));
        return o.build();
    }

    private Region resolveRegion() {
        if (region != null && !region.isBlank()) {
            return Region.of(region.trim().toLowerCase(Locale.ROOT));
        }
        try {
            var chain = profile == null ? new DefaultAwsRegionProviderChain()
                    : DefaultAwsRegionProviderChain.builder().profileName(profile).build();
            return chain.getRegion();
        } catch (SdkClientException e) {
            throw new DeployConfigurationException(REGION_HELP, e);
        }
    }

    private AwsCredentialsProvider resolveCredentials() {
        if (credentials != null) {
            return credentials;
        }
        if (profile != null && !profile.isBlank()) {
            return ProfileCredentialsProvider.builder().profileName(profile).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private DeployConfigurationException translate(SdkClientException e) {
        DeployConfigurationException config = configurationProblem(e);
        return config != null ? config : new DeployConfigurationException("Cannot build the AWS client: "
                + e.getMessage(), e);
    }

    /** The configuration problem behind an SDK client failure, or null when it is something else. */
    static DeployConfigurationException configurationProblem(SdkClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unable to load region") || message.contains("region must not be null")) {
            return new DeployConfigurationException(REGION_HELP, e);
        }
        if (message.contains("Unable to load credentials") || message.contains("Profile file contained no credentials")
                || message.contains("does not exist in the profile file") || message.contains("Token is expired")
                || message.contains("The SSO session")) {
            return new DeployConfigurationException(CREDENTIALS_HELP + " (" + firstLine(message) + ")", e);
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Options for the clients. */
    public static final class Builder {
        private String region;
        private String profile;
        private URI endpoint;
        private AwsCredentialsProvider credentials;
        private RetryStrategy retryStrategy;
        private Duration attemptTimeout = Duration.ofSeconds(30);

        /** The region; when unset, AWS_REGION, the profile, and the rest of the SDK's default chain. */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /** A named profile from ~/.aws/config and ~/.aws/credentials; when unset, the default chain. */
        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        /** Another endpoint: LocalStack or a test server. */
        public Builder endpointOverride(URI value) {
            this.endpoint = value;
            return this;
        }

        /** Explicit credentials (tests, embedding tools); overrides profile and default chain. */
        public Builder credentials(AwsCredentialsProvider value) {
            this.credentials = value;
            return this;
        }

        /** Another retry strategy; the default is the SDK's adaptive mode ({@link RetryMode#ADAPTIVE_V2}). */
        public Builder retryStrategy(RetryStrategy value) {
            this.retryStrategy = value;
            return this;
        }

        /** The time one HTTP attempt may take before the SDK retries it (default 30 s). */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = value;
            return this;
        }

        public AwsClients build() {
            return new AwsClients(this);
        }
    }
}
