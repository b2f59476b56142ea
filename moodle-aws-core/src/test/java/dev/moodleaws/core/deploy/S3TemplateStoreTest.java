package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.fake.FakeS3;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class S3TemplateStoreTest extends DeployHarness {

    @Test
    void headsPutsAndBuildsPathStyleUrlsWithTheRealS3Client() {
        try (FakeS3 s3 = FakeS3.start(); S3Client client = s3.client()) {
            S3TemplateStore store = new S3TemplateStore(() -> client);

            assertFalse(store.exists("bucket", "t/abc.yaml"));
            store.put("bucket", "t/abc.yaml", "Resources: {}".getBytes(StandardCharsets.UTF_8));
            assertTrue(store.exists("bucket", "t/abc.yaml"));

            assertEquals(List.of("HEAD /bucket/t/abc.yaml", "PUT /bucket/t/abc.yaml", "HEAD /bucket/t/abc.yaml"),
                    s3.requests());
            assertTrue(s3.object("bucket", "t/abc.yaml").contains("Resources: {}"));
            assertEquals(s3.endpoint() + "/bucket/t/abc.yaml", store.url("bucket", "t/abc.yaml"));
        }
    }

    @Test
    void deployerUploadsThroughAnS3Client() {
        StringBuilder template = new StringBuilder(TEMPLATE);
        while (template.length() < 55_000) {
            template.append("# padding padding padding padding padding padding padding padding\n");
        }
        fake.nextChangeSet(script().add("Topic", "AWS::SNS::Topic"));
        try (FakeS3 s3 = FakeS3.start(); S3Client client = s3.client()) {
            Deployer deployer = Deployer.builder(cfn).s3(client).listener(listener).clock(time).sleeper(time).build();

            deployer.deploy(DeployOptions.builder(STACK, template.toString()).templateBucket("tpl", "/x").build());

            String key = "x/" + TemplateSource.sha256(template.toString().getBytes(StandardCharsets.UTF_8)) + ".yaml";
            assertEquals(List.of("HEAD /tpl/" + key, "PUT /tpl/" + key), s3.requests());
            assertEquals(s3.endpoint() + "/tpl/" + key, fake.requests("CreateChangeSet").get(0).param("TemplateURL"));
        }
    }

    private static String largeTemplate() {
        StringBuilder template = new StringBuilder(TEMPLATE);
        while (template.length() < 55_000) {
            template.append("# padding padding padding padding padding padding padding padding\n");
        }
        return template.toString();
    }

    @Test
    void withNoBucketNamedTheDeployMakesItsOwnOnceAndUsesItOnlyAsTheAccountsOwn() {
        String template = largeTemplate();
        String bucket = "moodle-aws-templates-123456789012-us-east-1";
        String key = TemplateSource.sha256(template.getBytes(StandardCharsets.UTF_8)) + ".yaml";
        fake.nextChangeSet(script().add("Topic", "AWS::SNS::Topic"));
        try (FakeS3 s3 = FakeS3.start(); S3Client client = s3.client(); var sts = s3.stsClient()) {
            Deployer deployer = Deployer.builder(cfn).s3(() -> client, () -> sts).listener(listener).clock(time)
                    .sleeper(time).build();

            deployer.deploy(DeployOptions.builder(STACK, template).build());

            assertEquals(List.of("STS GetCallerIdentity", "HEAD /" + bucket, "PUT /" + bucket,
                    "PUT /" + bucket + "?publicAccessBlock", "PUT /" + bucket + "?lifecycle",
                    "HEAD /" + bucket + "/" + key, "PUT /" + bucket + "/" + key), s3.requests());
            assertTrue(s3.bucketExists(bucket));
            assertEquals(s3.endpoint() + "/" + bucket + "/" + key, fake.requests("CreateChangeSet").get(0).param("TemplateURL"));
            assertTrue(listener.transcript().contains("it goes through the deploy's own bucket " + bucket), listener.transcript());

            fake.nextChangeSet(script().noChanges());
            deployer.deploy(DeployOptions.builder(STACK, template).build());

            assertEquals(List.of("STS GetCallerIdentity", "HEAD /" + bucket, "HEAD /" + bucket + "/" + key),
                    s3.requests().subList(7, s3.requests().size()), "the bucket and the template are made once");
        }
    }

    @Test
    void theDeploysOwnBucketNameHeldByAnotherAccountIsNeverWrittenTo() {
        String bucket = "moodle-aws-templates-123456789012-us-east-1";
        try (FakeS3 s3 = FakeS3.start(); S3Client client = s3.client(); var sts = s3.stsClient()) {
            s3.bucketOwnedBy(bucket, "999999999999");
            Deployer deployer = Deployer.builder(cfn).s3(() -> client, () -> sts).listener(listener).clock(time)
                    .sleeper(time).build();

            DeployConfigurationException e = assertThrows(DeployConfigurationException.class,
                    () -> deployer.deploy(DeployOptions.builder(STACK, largeTemplate()).build()));

            assertEquals(DeployConfigurationException.Setting.TEMPLATE_BUCKET, e.setting());
            assertTrue(e.getMessage().contains("another account owns its name"), e.getMessage());
            assertEquals(List.of("STS GetCallerIdentity", "HEAD /" + bucket), s3.requests());
            assertEquals(0, fake.count("CreateChangeSet"));
        }
    }
}
