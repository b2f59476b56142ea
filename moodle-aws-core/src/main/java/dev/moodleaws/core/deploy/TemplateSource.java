package dev.moodleaws.core.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

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
    static TemplateSource of(DeployOptions options, String region, TemplateStore store, DeployListener listener,
                             Runnable countCall) {
        byte[] bytes = options.templateBody().getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= INLINE_LIMIT) {
            if (options.templateBucket() != null) {
                listener.note("Template bucket " + options.templateBucket() + " is not used: the template is "
                        + bytes.length + " bytes, within CloudFormation's inline limit of " + INLINE_LIMIT + " bytes.");
            }
            return new TemplateSource(options.templateBody(), null);
        }
        String stack = options.stackName();
        if (bytes.length > S3_LIMIT) {
            throw new TemplateTooLargeException(stack, bytes.length, false, "The template is " + bytes.length
                    + " bytes; CloudFormation accepts at most " + S3_LIMIT + " bytes even from S3. "
                    + "Split the stack or shorten the template.");
        }
        boolean named = options.templateBucket() != null && !options.templateBucket().isBlank();
        if (!named && !options.managedTemplateBucket()) {
            throw new TemplateTooLargeException(stack, bytes.length, true, "The template is " + bytes.length
                    + " bytes, over CloudFormation's inline limit of " + INLINE_LIMIT
                    + " bytes: name an S3 bucket for templates (option templateBucket), or let the deploy keep "
                    + "its own (option managedTemplateBucket).");
        }
        if (store == null) {
            throw new DeployConfigurationException(DeployConfigurationException.Setting.TEMPLATE_BUCKET, stack,
                    "The template is " + bytes.length + " bytes and must go through S3"
                    + (named ? " bucket " + options.templateBucket() : "")
                    + ", but the deployer was built without an S3 client.", null);
        }
        String bucket = named ? options.templateBucket() : managedBucket(store, region, stack, countCall);
        if (!named) {
            listener.note("The template is " + bytes.length + " bytes, over CloudFormation's inline limit of "
                    + INLINE_LIMIT + " bytes: it goes through the deploy's own bucket " + bucket
                    + " (name another with option templateBucket).");
        }
        String key = options.templatePrefix() + sha256(bytes) + ".yaml";
        try {
            countCall.run();
            if (store.exists(bucket, key)) {
                listener.templateUploaded(bucket, key, false);
            } else {
                countCall.run();
                store.put(bucket, key, bytes);
                listener.templateUploaded(bucket, key, true);
            }
            return new TemplateSource(null, store.url(bucket, key));
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 404 || e.statusCode() == 403 || "NoSuchBucket".equals(code)) {
                throw new DeployConfigurationException(DeployConfigurationException.Setting.TEMPLATE_BUCKET, stack,
                        "S3 bucket " + bucket + " cannot take the template (HTTP " + e.statusCode()
                                + (code == null ? "" : " " + code) + "): create it in the stack's region, or name a "
                                + "bucket these credentials may write to.", e);
            }
            throw new AwsCallException(stack, "S3 PutObject", e.statusCode(), code, "S3 upload of the template to "
                    + "bucket " + bucket + " failed with HTTP " + e.statusCode() + (code == null ? "" : " " + code), null, e);
        } catch (SdkClientException e) {
            throw new AwsCallException(stack, "S3 PutObject", 0, null, "S3 upload of the template to bucket " + bucket
                    + " got no answer: " + e.getMessage(), null, e);
        }
    }

    private static String managedBucket(TemplateStore store, String region, String stack, Runnable countCall) {
        try {
            countCall.run();
            return store.managedBucket(region);
        } catch (UnsupportedOperationException e) {
            throw new DeployConfigurationException(DeployConfigurationException.Setting.TEMPLATE_BUCKET, stack,
                    "The template must go through S3 and no bucket is named; this deployer keeps no bucket of its "
                    + "own (it was built without an STS client): name a bucket (option templateBucket).", e);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 403) {
                throw new DeployConfigurationException(DeployConfigurationException.Setting.TEMPLATE_BUCKET, stack,
                        "The deploy's own template bucket in " + region + " cannot be used (HTTP 403"
                        + (code == null ? "" : " " + code) + "): these credentials may not create or read it, or "
                        + "another account owns its name. Name a bucket these credentials may write to "
                        + "(option templateBucket).", e);
            }
            throw new AwsCallException(stack, "S3 CreateBucket", e.statusCode(), code, "Making the deploy's own "
                    + "template bucket failed with HTTP " + e.statusCode() + (code == null ? "" : " " + code), null, e);
        } catch (SdkClientException e) {
            throw new AwsCallException(stack, "S3 CreateBucket", 0, null, "Making the deploy's own template bucket "
                    + "got no answer: " + e.getMessage(), null, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
