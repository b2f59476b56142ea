package dev.moodleaws.core.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the template reaches CloudFormation: inline up to 51,200 bytes, otherwise from S3 (up to
 * 1 MB) under a key derived from its SHA-256, so an unchanged template is never uploaded twice.
 *
 * @param body the inline body, or null
 * @param url  the S3 URL, or null
 */
record TemplateSource(String body, String url) {

    static final int INLINE_LIMIT = 51_200;
    static final int S3_LIMIT = 1_048_576;

    /** Decides, uploading when needed. Calls on the store are counted by the caller. */
    static TemplateSource of(DeployOptions options, TemplateStore store, DeployListener listener, Runnable countCall) {
        byte[] bytes = options.templateBody().getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= INLINE_LIMIT) {
            return new TemplateSource(options.templateBody(), null);
        }
        String stack = options.stackName();
        if (bytes.length > S3_LIMIT) {
            throw new TemplateTooLargeException(stack, "The template is " + bytes.length
                    + " bytes; CloudFormation accepts at most " + S3_LIMIT + " bytes even from S3. "
                    + "Split the stack or shorten the template.");
        }
        if (options.templateBucket() == null || options.templateBucket().isBlank()) {
            throw new TemplateTooLargeException(stack, "The template is " + bytes.length
                    + " bytes, over CloudFormation's inline limit of " + INLINE_LIMIT
                    + " bytes: name an S3 bucket for templates (-Dmoodle-aws.bucket=..., option templateBucket) so it can be "
                    + "uploaded there.");
        }
        if (store == null) {
            throw new DeployConfigurationException("The template is " + bytes.length
                    + " bytes and must go through S3 bucket " + options.templateBucket()
                    + ", but the deployer was built without an S3 client.");
        }
        String key = options.templatePrefix() + sha256(bytes) + ".yaml";
        countCall.run();
        if (store.exists(options.templateBucket(), key)) {
            listener.templateUploaded(options.templateBucket(), key, false);
        } else {
            countCall.run();
            store.put(options.templateBucket(), key, bytes);
            listener.templateUploaded(options.templateBucket(), key, true);
        }
        return new TemplateSource(null, store.url(options.templateBucket(), key));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
