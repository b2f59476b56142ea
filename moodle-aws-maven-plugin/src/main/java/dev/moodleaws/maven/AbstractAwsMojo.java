package dev.moodleaws.maven;

import dev.moodleaws.DeployRequest;
import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.deploy.AwsClients;
import dev.moodleaws.core.deploy.DeployException;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.Sleeper;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.resolve.SourceLookup;
import dev.moodleaws.render.RenderResult;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
/**
 * What plan and deploy share: validate and render as the render goal does, then plan or deploy
 * through {@link MoodleAws}. Turns the goal's parameters into a {@link DeployRequest} and AWS client
 * settings, and every typed deploy failure into a build failure naming the property to change.
 */
abstract class AbstractAwsMojo extends AbstractRenderingMojo {

    /** The CloudFormation stack name. Defaults to the descriptor's {@code name}. */
    @Parameter(property = "moodle-aws.stackName")
    protected String stackName;

    /**
     * The AWS region to deploy to. Defaults to the descriptor's {@code region}, which the rendered
     * template (availability zones, certificate) is made for.
     */
    @Parameter(property = "moodle-aws.region")
    protected String region;

    /**
     * A named profile from {@code ~/.aws/config} and {@code ~/.aws/credentials}. Without it the
     * AWS SDK's default chain is used (environment variables, AWS_PROFILE, SSO, instance role).
     */
    @Parameter(property = "moodle-aws.profile")
    protected String profile;

    /**
     * Another AWS endpoint for CloudFormation and S3, for example {@code http://localhost:4566}
     * for LocalStack or a test server.
     */
    @Parameter(property = "moodle-aws.endpoint")
    protected String endpoint;

    /**
     * An S3 bucket for templates over CloudFormation's inline limit of 51,200 bytes. The template
     * is uploaded under a key made from its SHA-256, so an unchanged template is uploaded once.
     */
    @Parameter(property = "moodle-aws.bucket")
    protected String bucket;

    /** A key prefix for templates uploaded to {@code bucket}, for example {@code cloudformation/}. */
    @Parameter(property = "moodle-aws.bucketPrefix")
    protected String bucketPrefix;

    /**
     * With no {@code bucket} named, put templates over 51,200 bytes into the bucket the deploy keeps
     * for the account and region, {@code moodle-aws-templates-<account>-<region>} (made on first use,
     * private, objects expire after 30 days). {@code false} insists on a named bucket.
     */
    @Parameter(property = "moodle-aws.managedBucket", defaultValue = "true")
    protected boolean managedBucket = true;

    /**
     * Comma-separated logical IDs of resources that hold data (database, file system, cache) you
     * explicitly allow to be replaced or removed, for example {@code DatabaseCluster,FileSystem}, and
     * component names of plugins you uninstalled and remove from the descriptor, for example
     * {@code mod_attendance}. Without it such a change fails the goal and nothing is changed.
     */
    @Parameter(property = "moodle-aws.allowReplacement")
    protected String allowReplacement;

    /**
     * Stop waiting after this many minutes; the stack carries on on AWS. 0 waits as long as
     * CloudFormation is working on the stack.
     */
    @Parameter(property = "moodle-aws.timeoutMinutes", defaultValue = "0")
    protected int timeoutMinutes;

    /**
     * When another operation is running on the stack, wait for it to finish (true) or fail at once
     * (false).
     */
    @Parameter(property = "moodle-aws.waitForBusyStack", defaultValue = "true")
    protected boolean waitForBusyStack = true;

    /** The clock the deployer measures time with; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** How the deployer waits between polls; tests replace it. */
    Sleeper sleeper = Sleeper.system();

    /** Credentials instead of the profile and the SDK's chain; tests set them. */
    AwsCredentialsProvider credentials;

    /** What the stack pins is looked up here instead of git, S3 and SSM; tests set it. */
    SourceLookup sourceLookup;

    @Override
    protected MoodleAws.Builder configure(MoodleAws.Builder builder) throws MojoFailureException {
        MoodleAws.Builder b = super.configure(builder).awsSettings(awsSettings()).clock(clock).sleeper(sleeper);
        return sourceLookup == null ? b : b.sourceLookup(sourceLookup);
    }

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        Deployment deployment = readDescriptor();
        DeployRequest.Builder request = DeployRequest.builder().stackName(stackName).region(region)
                .listener(listener());
        Consumer<DeployOptions.Builder> options = options();
        RenderResult rendered = renderAndWrite(deployment);
        try {
            act(deployment, rendered, request.options(options).build());
        } catch (DeployException e) {
            throw MavenFailures.of(e, displayPath(), isSet(stackName));
        }
    }

    /** Plans or deploys. */
    protected abstract void act(Deployment deployment, RenderResult rendered, DeployRequest request)
            throws MojoFailureException;

    /** How progress reaches the build log. */
    protected abstract DeployListener listener();

    /** Checks the goal's own parameters before anything is rendered or called. */
    protected void checkParameters() throws MojoFailureException {
    }

    /** Adds the goal's own options. */
    protected void addOptions(DeployOptions.Builder options) {
    }

    /** The deploy options from the parameters, checked before anything is rendered or called. */
    Consumer<DeployOptions.Builder> options() throws MojoFailureException {
        if (timeoutMinutes < 0) {
            throw new MojoFailureException("moodle-aws: moodle-aws.timeoutMinutes is " + timeoutMinutes
                    + "; use a number of minutes, or 0 to wait as long as the stack is working.");
        }
        checkParameters();
        return b -> {
            b.allowReplacement(allowedReplacements().toArray(String[]::new)).waitForBusyStack(waitForBusyStack)
                    .managedTemplateBucket(managedBucket);
            if (isSet(bucket)) {
                b.templateBucket(bucket.trim(), bucketPrefix == null ? "" : bucketPrefix.trim());
            }
            if (timeoutMinutes > 0) {
                b.timeout(Duration.ofMinutes(timeoutMinutes));
            }
            addOptions(b);
        };
    }

    /** The settings of the AWS clients: profile, endpoint, credentials. */
    AwsClients.Builder awsSettings() throws MojoFailureException {
        AwsClients.Builder b = AwsClients.builder().credentials(credentials);
        if (isSet(profile)) {
            b.profile(profile.trim());
        }
        if (isSet(endpoint)) {
            URI uri;
            try {
                uri = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                throw new MojoFailureException("moodle-aws: moodle-aws.endpoint '" + endpoint
                        + "' is not a URL; write it like http://localhost:4566.");
            }
            b.endpointOverride(uri);
        }
        return b;
    }

    /** The logical IDs in {@code allowReplacement}. */
    List<String> allowedReplacements() {
        if (allowReplacement == null) {
            return List.of();
        }
        return Arrays.stream(allowReplacement.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
