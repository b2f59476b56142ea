package dev.moodleaws.core.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A set of AWS clients the deployer uses, created on first use and closed together: one
 * CloudFormation client per region, and an S3 client per region only when a template goes
 * through a bucket. Share one set across many deploys (clients are thread-safe); close it once.
 *
 * <p>Region and credentials are resolved when the first client is made, and a missing one is a
 * {@link DeployConfigurationException} naming the {@link DeployConfigurationException.Setting}.
 * Other settings: a named profile, an endpoint override (LocalStack, a test server). The clients
 * do not retry: the deployer's one retry layer does, within the deploy's time limit.
 */
public final class AwsClients implements AutoCloseable {

    private final String region;
    private final String profile;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final AwsRegionProvider regionProvider;
    private final RetryStrategy retryStrategy;
    private final Duration attemptTimeout;
    private final Map<String, CloudFormationClient> cloudFormation = new ConcurrentHashMap<>();
    private final Map<String, S3Client> s3 = new ConcurrentHashMap<>();
    private final Map<String, SsmClient> ssm = new ConcurrentHashMap<>();
    private final Map<String, StsClient> sts = new ConcurrentHashMap<>();
    private volatile AwsCredentialsProvider resolvedCredentials;
    private volatile boolean closed;

    private AwsClients(Builder b) {
        this.region = b.region == null || b.region.isBlank() ? null : b.region.trim().toLowerCase(Locale.ROOT);
        this.profile = b.profile == null || b.profile.isBlank() ? null : b.profile.trim();
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.regionProvider = b.regionProvider;
        this.retryStrategy = b.retryStrategy;
        this.attemptTimeout = b.attemptTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint override, or null for AWS itself. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The region of {@link #cloudFormation()}: the one set on the builder, else the SDK's chain
     * (AWS_REGION, the profile's region, ...).
     *
     * @throws DeployConfigurationException with {@code Setting.REGION} when there is none
     */
    public String defaultRegion() {
        if (region != null) {
            return region;
        }
        AwsRegionProvider chain = regionProvider != null ? regionProvider : profile == null
                ? new DefaultAwsRegionProviderChain()
                : DefaultAwsRegionProviderChain.builder().profileName(profile).build();
        try {
            return chain.getRegion().id();
        } catch (SdkClientException e) {
            throw new DeployConfigurationException(DeployConfigurationException.Setting.REGION,
                    "No AWS region configured: set AWS_REGION, a region in the selected profile, or the region "
                            + "option.", e);
        }
    }

    /** The CloudFormation client of the {@linkplain #defaultRegion() default region}, owned by this set. */
    public CloudFormationClient cloudFormation() {
        return cloudFormation(defaultRegion());
    }

    /**
     * The CloudFormation client of a region, made on first use and owned by this set: do not close it.
     *
     * @throws DeployConfigurationException when credentials are missing
     */
    public CloudFormationClient cloudFormation(String regionId) {
        checkOpen();
        return cloudFormation.computeIfAbsent(regionId(regionId), r -> configured(CloudFormationClient.builder(), r).build());
    }

    /** The S3 client of the default region, owned by this set. */
    public S3Client s3() {
        return s3(defaultRegion());
    }

    /** The S3 client of a region (path-style with an endpoint override), made on first use, owned by this set. */
    public S3Client s3(String regionId) {
        checkOpen();
        return s3.computeIfAbsent(regionId(regionId), r -> configured(S3Client.builder(), r)
                .forcePathStyle(endpoint != null ? Boolean.TRUE : null).build());
    }

    /**
     * The SSM client of a region, made on first use and owned by this set: plan and deploy read the
     * public parameters naming current machine images with it.
     */
    public SsmClient ssm(String regionId) {
        checkOpen();
        return ssm.computeIfAbsent(regionId(regionId), r -> configured(SsmClient.builder(), r).build());
    }

    /**
     * The STS client of a region, made on first use and owned by this set: the deploy asks it for
     * the account, to name the managed template bucket.
     */
    public StsClient sts(String regionId) {
        checkOpen();
        return sts.computeIfAbsent(regionId(regionId), r -> configured(StsClient.builder(), r).build());
    }

    /** A client builder with this set's region, credentials, retries and endpoint. */
    private <B extends AwsClientBuilder<B, C>, C> B configured(B builder, String region) {
        builder.region(Region.of(region)).credentialsProvider(credentials()).overrideConfiguration(overrides());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    /** How many clients this set has made so far (S3, SSM and STS ones included). */
    public int clientCount() {
        return cloudFormation.size() + s3.size() + ssm.size() + sts.size();
    }

    /** Closes every client this set made; the set cannot be used afterwards. */
    @Override
    public void close() {
        closed = true;
        List<SdkAutoCloseable> all = new ArrayList<>(cloudFormation.values());
        all.addAll(s3.values());
        all.addAll(ssm.values());
        all.addAll(sts.values());
        cloudFormation.clear();
        s3.clear();
        ssm.clear();
        sts.clear();
        all.forEach(SdkAutoCloseable::close);
        if (resolvedCredentials instanceof SdkAutoCloseable owned && resolvedCredentials != credentials) {
            owned.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("these AWS clients are closed");
        }
    }

    private static String regionId(String value) {
        if (value == null || value.isBlank()) {
            throw new DeployConfigurationException(DeployConfigurationException.Setting.REGION,
                    "No AWS region given.");
        }
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** The credentials, resolved once, so that missing ones fail before any call is made. */
    private AwsCredentialsProvider credentials() {
        AwsCredentialsProvider provider = resolvedCredentials;
        if (provider != null) {
            return provider;
        }
        synchronized (this) {
            if (resolvedCredentials == null) {
                AwsCredentialsProvider candidate = credentials != null ? credentials : profile != null
                        ? ProfileCredentialsProvider.builder().profileName(profile).build()
                        : DefaultCredentialsProvider.builder().build();
                try {
                    candidate.resolveCredentials();
                } catch (SdkClientException | IllegalStateException e) {
                    throw new DeployConfigurationException(DeployConfigurationException.Setting.CREDENTIALS,
                            "No AWS credentials found" + (profile == null ? "" : " in profile " + profile)
                                    + ": set AWS_PROFILE or the profile option, or AWS_ACCESS_KEY_ID and "
                                    + "AWS_SECRET_ACCESS_KEY, or run 'aws sso login' / 'aws configure'.", e);
                }
                resolvedCredentials = candidate;
            }
            return resolvedCredentials;
        }
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(attemptTimeout)
                .retryStrategy(retryStrategy != null ? retryStrategy : AwsRetryStrategy.doNotRetry())
                .build();
    }

    /** Options for the clients. */
    public static final class Builder {
        private String region;
        private String profile;
        private URI endpoint;
        private AwsCredentialsProvider credentials;
        private AwsRegionProvider regionProvider;
        private RetryStrategy retryStrategy;
        private Duration attemptTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The default region; when unset, AWS_REGION, the profile, and the rest of the SDK's default chain. */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /** Where the default region comes from when none is set; by default the SDK's chain. */
        public Builder regionProvider(AwsRegionProvider value) {
            this.regionProvider = value;
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

        /**
         * A retry strategy for the clients; by default none, because the deployer has its own retry
         * layer, which backs off in the deploy's time and never past its deadline.
         */
        public Builder retryStrategy(RetryStrategy value) {
            this.retryStrategy = value;
            return this;
        }

        /** The time one HTTP attempt may take before the SDK retries it (default 30 s). */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = value;
            return this;
        }

        /** The set; no client is made and nothing is resolved until one is asked for. */
        public AwsClients build() {
            return new AwsClients(this);
        }
    }
}
