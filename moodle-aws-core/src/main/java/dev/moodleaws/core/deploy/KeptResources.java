package dev.moodleaws.core.deploy;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** What a deleted stack's resource leaves behind, by its deletion policy and type. */
final class KeptResources {
    private KeptResources() {
    }

    static Optional<RetainedResource> describe(StackResourceSummary r, String policy, String region, KeptCosts costs) {
        String id = r.physicalResourceId();
        String type = r.resourceType();
        String logical = r.logicalResourceId();
        String in = " --region " + region;
        if (policy.equals("Snapshot")) {
            return Optional.of(switch (type) {
                case "AWS::RDS::DBCluster" -> new RetainedResource(logical, type, id,
                        "the final cluster snapshot of the database", costs.snapshot(), List.of(
                        "aws rds describe-db-cluster-snapshots" + in + " --db-cluster-identifier " + id
                                + " --snapshot-type manual --query 'DBClusterSnapshots[].DBClusterSnapshotIdentifier'",
                        "aws rds delete-db-cluster-snapshot" + in + " --db-cluster-snapshot-identifier <snapshot>"));
                case "AWS::RDS::DBInstance" -> new RetainedResource(logical, type, id,
                        "the final snapshot of the database", costs.snapshot(), List.of(
                        "aws rds describe-db-snapshots" + in + " --db-instance-identifier " + id
                                + " --snapshot-type manual --query 'DBSnapshots[].DBSnapshotIdentifier'",
                        "aws rds delete-db-snapshot" + in + " --db-snapshot-identifier <snapshot>"));
                case "AWS::ElastiCache::ReplicationGroup" -> new RetainedResource(logical, type, id,
                        "the final snapshot of the cache (sessions and caches only; Moodle rebuilds them)",
                        costs.snapshot(), List.of(
                        "aws elasticache describe-snapshots" + in + " --replication-group-id " + id
                                + " --query 'Snapshots[].SnapshotName'",
                        "aws elasticache delete-snapshot" + in + " --snapshot-name <snapshot>"));
                default -> new RetainedResource(logical, type, id, "a final snapshot", costs.snapshot(),
                        List.of("delete the snapshot of " + id + " in the console"));
            });
        }
        if (!policy.equals("Retain") && !policy.equals("RetainExceptOnCreate")) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case "AWS::EFS::FileSystem" -> new RetainedResource(logical, type, id,
                    "moodledata: every uploaded file", costs.fileSystem(), List.of(
                    "aws efs describe-mount-targets" + in + " --file-system-id " + id + " (none should be left)",
                    "aws efs delete-file-system" + in + " --file-system-id " + id));
            case "AWS::SecretsManager::Secret" -> new RetainedResource(logical, type, id, "a generated secret",
                    costs.secret(), List.of("aws secretsmanager delete-secret" + in + " --secret-id " + id
                    + " --recovery-window-in-days 7"));
            case "AWS::Backup::BackupVault" -> new RetainedResource(logical, type, id,
                    "the recovery points of the database and the file system", costs.backup(), List.of(
                    "aws backup list-recovery-points-by-backup-vault" + in + " --backup-vault-name " + id
                            + " --query 'RecoveryPoints[].RecoveryPointArn'",
                    "aws backup delete-recovery-point" + in + " --backup-vault-name " + id
                            + " --recovery-point-arn <arn> (each; continuous backups stop with the database)",
                    "aws backup delete-backup-vault" + in + " --backup-vault-name " + id));
            case "AWS::Logs::LogGroup" -> new RetainedResource(logical, type, id, "logs", "log storage",
                    List.of("aws logs delete-log-group" + in + " --log-group-name " + id));
            default -> new RetainedResource(logical, type, id, "kept by its template", "see the AWS price list",
                    List.of("delete " + id + " in the console"));
        });
    }
}
