package dev.moodleaws.core.deploy;

/** Where templates too large to pass inline are kept, by content-addressed key. */
public interface TemplateStore {

    /** Whether an object with this key exists already. */
    boolean exists(String bucket, String key);

    /** Uploads the template bytes under the key. */
    void put(String bucket, String key, byte[] body);

    /** The HTTPS URL CloudFormation reads the template from. */
    String url(String bucket, String key);

    /**
     * The bucket the deploy keeps for templates of this account in {@code region}, used when no
     * bucket is named: made on first use (no public access, objects expire after
     * {@link #MANAGED_EXPIRY_DAYS} days), and refused when another account owns the name.
     */
    default String managedBucket(String region) {
        throw new UnsupportedOperationException("this template store keeps no bucket of its own");
    }

    /** Days a template stays in the managed bucket: CloudFormation reads it only while the change set is made. */
    int MANAGED_EXPIRY_DAYS = 30;

    /** The managed bucket's name: unique per account and region. */
    static String managedBucketName(String account, String region) {
        return "moodle-aws-templates-" + account + "-" + region;
    }
}
