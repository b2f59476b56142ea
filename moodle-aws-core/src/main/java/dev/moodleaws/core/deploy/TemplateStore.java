package dev.moodleaws.core.deploy;

/** Where templates too large to pass inline are kept, by content-addressed key. */
public interface TemplateStore {

    /** Whether an object with this key exists already. */
    boolean exists(String bucket, String key);

    /** Uploads the template bytes under the key. */
    void put(String bucket, String key, byte[] body);

    /** The HTTPS URL CloudFormation reads the template from. */
    String url(String bucket, String key);
}
