package dev.moodleaws.core.deploy;

import java.util.Map;

/**
 * The resource types that hold data unless the caller names its own
 * ({@link DeployOptions.Builder#dataHoldingTypes}): a replacement creates a new, empty resource and
 * deletes the old one, so it is refused unless the user names the resource.
 * <p>
 * {@code AWS::RDS::DBSubnetGroup} is deliberately not listed: it holds no data, and a change that
 * would move a database to another subnet group already shows up as a replacement of the
 * {@code DBInstance}/{@code DBCluster} itself, which is refused there.
 */
public final class StatefulResources {

    /** Types known to hold data, with what is lost in general words. */
    public static final Map<String, String> GENERIC = Map.of(
            "AWS::RDS::DBCluster", "a database cluster and its data",
            "AWS::RDS::DBInstance", "a database and its data",
            "AWS::EFS::FileSystem", "a file system and its files",
            "AWS::ElastiCache::ReplicationGroup", "a cache and what it holds",
            "AWS::SecretsManager::Secret", "a secret",
            "AWS::KMS::Key", "a key and whatever it encrypts",
            "AWS::S3::Bucket", "a bucket and its objects",
            "AWS::DynamoDB::Table", "a table and its items");

    private StatefulResources() {
    }
}
