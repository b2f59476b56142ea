package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

class AwsClientsTest {

    @Test
    void defaultClientsUseTheAdaptiveRetryStrategyAndTheEndpointOverride() {
        try (FakeCloudFormation fake = FakeCloudFormation.start(new FakeTime());
             CloudFormationClient cfn = fake.adaptiveClient()) {
            var config = cfn.serviceClientConfiguration();
            assertInstanceOf(AdaptiveRetryStrategy.class, config.overrideConfiguration().retryStrategy().orElseThrow());
            assertEquals(fake.endpoint(), config.endpointOverride().orElseThrow());
            assertEquals("us-east-1", config.region().id());
            assertEquals(Duration.ofMillis(800), config.overrideConfiguration().apiCallAttemptTimeout().orElseThrow());
        }
    }

    @Test
    void missingCredentialsBecomeAOneLineConfigurationError() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain "
                    + "AwsCredentialsProviderChain(...)");
        };
        FakeTime time = new FakeTime();
        try (FakeCloudFormation fake = FakeCloudFormation.start(time);
             CloudFormationClient cfn = AwsClients.builder().region("eu-west-1").endpointOverride(fake.endpoint())
                     .credentials(none).build().cloudFormation()) {
            Deployer deployer = Deployer.builder(cfn).clock(time).sleeper(time).build();

            DeployConfigurationException e = assertThrows(DeployConfigurationException.class,
                    () -> deployer.deploy(DeployOptions.builder("moodle", "Resources: {}").build()));

            assertTrue(e.getMessage().startsWith("No AWS credentials found: set AWS_PROFILE (or -Dmoodle-aws.profile"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(0, fake.requests().size());
        }
    }

    @Test
    void regionAndCredentialMessagesAreRecognised() {
        DeployConfigurationException region = AwsClients.configurationProblem(SdkClientException.create(
                "Unable to load region from any of the providers in the chain ..."));
        assertEquals(AwsClients.REGION_HELP, region.getMessage());
        assertTrue(region.getMessage().contains("AWS_REGION"));
        assertTrue(region.getMessage().contains("-Dmoodle-aws.region"));
        assertNull(AwsClients.configurationProblem(SdkClientException.create("Connection reset")));
    }

    @Test
    void missingRegionFailsWhenBuildingTheClient() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AWS_REGION") == null
                && System.getenv("AWS_DEFAULT_REGION") == null && System.getProperty("aws.region") == null);
        String metadata = System.getProperty("aws.disableEc2Metadata");
        String config = System.getProperty("aws.configFile");
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.configFile", "/nonexistent/moodle-aws-test-config");
        try {
            DeployConfigurationException e = assertThrows(DeployConfigurationException.class,
                    () -> AwsClients.builder().build().cloudFormation());
            assertEquals(AwsClients.REGION_HELP, e.getMessage());
        } finally {
            restore("aws.disableEc2Metadata", metadata);
            restore("aws.configFile", config);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
