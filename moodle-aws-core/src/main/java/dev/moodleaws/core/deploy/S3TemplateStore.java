package dev.moodleaws.core.deploy;

import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;

/** A {@link TemplateStore} on Amazon S3. */
final class S3TemplateStore implements TemplateStore {

    private final Supplier<S3Client> client;
    private final Supplier<StsClient> sts;
    private volatile String managedBucket;
    private volatile String account;

    S3TemplateStore(Supplier<S3Client> client) {
        this(client, null);
    }

    S3TemplateStore(Supplier<S3Client> client, Supplier<StsClient> sts) {
        this.client = Objects.requireNonNull(client, "client");
        this.sts = sts;
    }

    @Override
    public boolean exists(String bucket, String key) {
        try {
            client.get().headObject(b -> b.bucket(bucket).key(key).expectedBucketOwner(ownerOf(bucket)));
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
        client.get().putObject(b -> b.bucket(bucket).key(key).contentType("application/x-yaml")
                .expectedBucketOwner(ownerOf(bucket)), RequestBody.fromBytes(body));
    }

    @Override
    public String url(String bucket, String key) {
        return client.get().utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm();
    }

    @Override
    public String managedBucket(String region) {
        if (sts == null) {
            return TemplateStore.super.managedBucket(region);
        }
        String owner = sts.get().getCallerIdentity().account();
        String bucket = TemplateStore.managedBucketName(owner, region);
        S3Client s3 = client.get();
        try {
            s3.headBucket(b -> b.bucket(bucket).expectedBucketOwner(owner));
        } catch (NoSuchBucketException e) {
            create(s3, bucket, region);
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            create(s3, bucket, region);
        }
        account = owner;
        managedBucket = bucket;
        return bucket;
    }

    private static void create(S3Client s3, String bucket, String region) {
        s3.createBucket(b -> {
            b.bucket(bucket);
            if (!region.equals("us-east-1")) {
                b.createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.fromValue(region)));
            }
        });
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(r -> r
                .id("expire-templates").status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""))
                .expiration(x -> x.days(MANAGED_EXPIRY_DAYS)))));
    }

    /** The managed bucket is only ever used when it is this account's. */
    private String ownerOf(String bucket) {
        return bucket.equals(managedBucket) ? account : null;
    }
}
