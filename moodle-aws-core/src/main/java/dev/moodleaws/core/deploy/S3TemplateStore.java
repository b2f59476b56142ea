package dev.moodleaws.core.deploy;

import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A {@link TemplateStore} on Amazon S3. */
final class S3TemplateStore implements TemplateStore {

    private final Supplier<S3Client> client;

    S3TemplateStore(Supplier<S3Client> client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public boolean exists(String bucket, String key) {
        try {
            client.get().headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void put(String bucket, String key, byte[] body) {
        client.get().putObject(b -> b.bucket(bucket).key(key).contentType("application/x-yaml"), RequestBody.fromBytes(body));
    }

    @Override
    public String url(String bucket, String key) {
        return client.get().utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm();
    }
}
