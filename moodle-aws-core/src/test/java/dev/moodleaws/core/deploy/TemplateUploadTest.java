package dev.moodleaws.core.deploy;

import static dev.moodleaws.core.deploy.fake.ChangeSetScript.script;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateUploadTest extends DeployHarness {

    /** A valid template of about the given size: the padding is a YAML comment. */
    private static String templateOf(int bytes) {
        StringBuilder t = new StringBuilder(TEMPLATE);
        while (t.length() < bytes) {
            t.append("# padding padding padding padding padding padding padding padding padding\n");
        }
        return t.toString();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void largeTemplateGoesToS3UnderItsHashAndIsUploadedOnce() throws Exception {
        String template = templateOf(60_000);
        DeployOptions options = DeployOptions.builder(STACK, template).templateBucket("cfn-templates", "moodle/")
                .build();
        fake.nextChangeSet(script().add("Topic", "AWS::SNS::Topic"));

        deployer().deploy(options);

        String key = "moodle/" + sha256(template) + ".yaml";
        assertEquals(List.of("cfn-templates/" + key), store.puts());
        assertArrayEquals(template.getBytes(StandardCharsets.UTF_8), store.object("cfn-templates", key));
        var create = fake.requests("CreateChangeSet").get(0);
        assertEquals("https://cfn-templates.s3.us-east-1.amazonaws.com/" + key, create.param("TemplateURL"));
        assertNull(create.param("TemplateBody"));
        assertEquals(List.of("uploaded cfn-templates/" + key), listener.uploads);

        fake.nextChangeSet(script().noChanges());
        DeployResult second = deployer().deploy(options);

        assertTrue(second.noChanges());
        assertEquals(1, store.puts().size(), "the same template is not uploaded again");
        assertEquals(2, store.heads());
        assertEquals("reused cfn-templates/" + key, listener.uploads.get(1));
        assertTrue(listener.transcript().contains("Template already in s3://cfn-templates/" + key));
    }

    @Test
    void templateAtTheInlineLimitStaysInline() {
        String template = templateOf(40_000);
        fake.nextChangeSet(script().add("Topic", "AWS::SNS::Topic"));

        deployer().deploy(DeployOptions.builder(STACK, template).build());

        assertEquals(template, fake.requests("CreateChangeSet").get(0).param("TemplateBody"));
        assertTrue(store.puts().isEmpty());
    }

    @Test
    void largeTemplateWithoutBucketAndWithoutTheManagedOneSaysToConfigureOne() {
        TemplateTooLargeException e = assertThrows(TemplateTooLargeException.class,
                () -> deployer().deploy(DeployOptions.builder(STACK, templateOf(52_000)).managedTemplateBucket(false).build()));

        assertTrue(e.getMessage().contains("over CloudFormation's inline limit of 51200 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("name an S3 bucket for templates (option templateBucket)"), e.getMessage());
        assertTrue(e.bucketWouldHelp());
        assertEquals(0, fake.count("CreateChangeSet"));
    }

    @Test
    void aStoreWithoutABucketOfItsOwnAsksForANamedOne() {
        DeployConfigurationException e = assertThrows(DeployConfigurationException.class,
                () -> deployer().deploy(DeployOptions.builder(STACK, templateOf(52_000)).build()));

        assertEquals(DeployConfigurationException.Setting.TEMPLATE_BUCKET, e.setting());
        assertTrue(e.getMessage().contains("name a bucket (option templateBucket)"), e.getMessage());
        assertEquals(0, fake.count("CreateChangeSet"));
    }

    @Test
    void templateOverOneMegabyteIsRefusedEvenWithABucket() {
        TemplateTooLargeException e = assertThrows(TemplateTooLargeException.class,
                () -> deployer().deploy(DeployOptions.builder(STACK, templateOf(1_100_000))
                        .templateBucket("cfn-templates", "").build()));

        assertTrue(e.getMessage().contains("at most 1048576 bytes"), e.getMessage());
        assertTrue(store.puts().isEmpty());
    }
}
