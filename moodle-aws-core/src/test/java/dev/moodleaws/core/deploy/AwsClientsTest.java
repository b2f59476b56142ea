package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

class AwsClientsTest {

    @Test
    void clientsDoNotRetryThemselvesAndUseTheEndpointOverride() {
        try (FakeCloudFormation fake = FakeCloudFormation.start(new FakeTime());
             AwsClients clients = fake.clientSet()) {
            var config = clients.cloudFormation().serviceClientConfiguration();
            RetryStrategy retries = config.overrideConfiguration().retryStrategy().orElseThrow();
            assertEquals(1, retries.maxAttempts(), "the deployer's own layer is the only one that retries");
            assertEquals(fake.endpoint(), config.endpointOverride().orElseThrow());
            assertEquals("us-east-1", config.region().id());
            assertEquals(Duration.ofMillis(800), config.overrideConfiguration().apiCallAttemptTimeout().orElseThrow());
        }
    }

    @Test
    void missingCredentialsAreATypedProblemBeforeAnyCall() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        };
        FakeTime time = new FakeTime();
        try (FakeCloudFormation fake = FakeCloudFormation.start(time);
             AwsClients clients = AwsClients.builder().region("eu-west-1").endpointOverride(fake.endpoint())
                     .credentials(none).build()) {

            DeployConfigurationException e = assertThrows(DeployConfigurationException.class, clients::cloudFormation);

            assertEquals(DeployConfigurationException.Setting.CREDENTIALS, e.setting());
            assertTrue(e.getMessage().startsWith("No AWS credentials found"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertFalse(e.getMessage().contains("-D"), "no build-tool words: " + e.getMessage());
            assertInstanceOf(SdkClientException.class, e.getCause());
            assertEquals(0, fake.requests().size());
        }
    }

    @Test
    void missingRegionIsATypedProblem() {
        AwsRegionProvider none = () -> {
            throw SdkClientException.create("Unable to load region from any of the providers in the chain");
        };
        try (AwsClients clients = AwsClients.builder().regionProvider(none).build()) {
            DeployConfigurationException e = assertThrows(DeployConfigurationException.class, clients::cloudFormation);

            assertEquals(DeployConfigurationException.Setting.REGION, e.setting());
            assertTrue(e.getMessage().contains("AWS_REGION"), e.getMessage());
            assertEquals(0, clients.clientCount());
        }
    }

    @Test
    void theSetMakesOneClientPerRegionOnFirstUseAndClosesThem() {
        try (FakeCloudFormation fake = FakeCloudFormation.start(new FakeTime())) {
            AwsClients clients = AwsClients.builder().endpointOverride(fake.endpoint())
                    .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret"))).build();
            assertEquals(0, clients.clientCount(), "nothing is made up front");

            CloudFormationClient west = clients.cloudFormation("eu-west-1");
            assertSame(west, clients.cloudFormation("EU-WEST-1"));
            clients.cloudFormation("us-east-1");
            assertEquals(2, clients.clientCount(), "no S3 client unless one is asked for");

            clients.close();

            assertThrows(IllegalStateException.class, () -> clients.cloudFormation("eu-west-1"));
            assertThrows(java.util.concurrent.RejectedExecutionException.class,
                    () -> west.describeStacks(b -> b.stackName("x")),
                    "the client it made is closed");
        }
    }
}
