package dev.moodleaws.core.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resource types whose replacement or removal loses data. A replacement creates a new, empty
 * resource and deletes the old one, so it is refused unless the user names the resource.
 * <p>
 * {@code AWS::RDS::DBSubnetGroup} is deliberately not listed: it holds no data, and a change that
 * would move a database to another subnet group already shows up as a replacement of the
 * {@code DBInstance}/{@code DBCluster} itself, which is refused there.
 */
final class StatefulResources {

    private static final Map<String, String> WHAT_IS_LOST = new TreeMap<>(Map.of(
            "AWS::RDS::DBCluster", "the Moodle database",
            "AWS::RDS::DBInstance", "the Moodle database (or an Aurora member)",
            "AWS::EFS::FileSystem", "moodledata (uploaded files)",
            "AWS::ElastiCache::ReplicationGroup", "the sessions of every logged-in user",
            "AWS::SecretsManager::Secret", "the database and Redis credentials",
            "AWS::KMS::Key", "the key that decrypts the data and its snapshots"));

    private StatefulResources() {
    }

    /** The stateful resource types. */
    public static Set<String> types() {
        return WHAT_IS_LOST.keySet();
    }

    /** Whether a resource of this type holds data. */
    public static boolean isStateful(String resourceType) {
        return resourceType != null && WHAT_IS_LOST.containsKey(resourceType);
    }

    /** What a user loses when a resource of this type is replaced, or null. */
    public static String whatIsLost(String resourceType) {
        return WHAT_IS_LOST.get(resourceType);
    }
}
