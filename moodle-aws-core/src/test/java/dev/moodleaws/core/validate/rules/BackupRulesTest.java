package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.SourceMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupRulesTest {
    private static final String DR_VAULT = "arn:aws:backup:eu-central-1:210987654321:backup-vault:moodle-dr";

    @Test
    void bak001AScheduleThatIsNotASixFieldCronFails() {
        assertFindsOne(new BackupScheduleRule(), Infra.backup(b -> b.schedule("0 3 * * *")), "backup.schedule", "0 3 * * *");
        assertFindsOne(new BackupScheduleRule(), Infra.backup(b -> b.schedule("cron(0 3 * * ?)")), "backup.schedule",
                "cron(0 3 * * ?)");
    }

    @Test
    void bak001TheDefaultAndAWeeklyScheduleOrNoPlanPass() {
        assertPasses(new BackupScheduleRule(), Infra.valid());
        assertPasses(new BackupScheduleRule(), Infra.backup(b -> b.schedule("cron(30 1 ? * SUN *)")));
        assertPasses(new BackupScheduleRule(), Infra.backup(b -> b.enabled(false).schedule("never")));
    }

    @Test
    void bak002ContinuousBackupKeptLongerThan35DaysFails() {
        assertFindsOne(new ContinuousBackupRetentionRule(), Infra.backup(b -> b.retentionDays(90)),
                "backup.retentionDays", "90");
    }

    @Test
    void bak002LongRetentionOfSnapshotsOnlyPasses() {
        assertPasses(new ContinuousBackupRetentionRule(), Infra.valid());
        assertPasses(new ContinuousBackupRetentionRule(), Infra.backup(b -> b.retentionDays(90).pointInTimeRecovery(false)));
    }

    @Test
    void bak003AWrittenDatabaseRetentionThatContinuousBackupOverridesWarns() {
        Deployment d = Infra.database(db -> db.backupRetentionDays(14));
        Deployment written = d.toBuilder().sourceMap(SourceMap.of("moodle-aws.yaml",
                Map.of("database.backupRetentionDays", new Location("moodle-aws.yaml", 9, 24)))).build();
        assertFindsOne(new BackupRetentionAgreementRule(), written, "database.backupRetentionDays", "14");
        assertEquals(35, Effective.databaseBackupRetentionDays(written), "AWS Backup's retention wins");
    }

    @Test
    void bak003APlanShorterThanTheDatabasesOwnBackupsWarns() {
        Deployment d = Infra.backup(b -> b.pointInTimeRecovery(false).retentionDays(3));
        assertFindsOne(new BackupRetentionAgreementRule(), d, "backup.retentionDays", "3");
        assertEquals(7, Effective.databaseBackupRetentionDays(d), "the database keeps its own setting");
    }

    @Test
    void bak003DefaultsAgree() {
        assertPasses(new BackupRetentionAgreementRule(), Infra.valid());
        assertPasses(new BackupRetentionAgreementRule(), Infra.backup(b -> b.pointInTimeRecovery(false).retentionDays(7)));
        assertPasses(new BackupRetentionAgreementRule(), Infra.backup(b -> b.enabled(false).retentionDays(1)));
    }

    @Test
    void bak004ACopyTargetThatIsNotAVaultArnFails() {
        assertFindsOne(new BackupCopyTargetRule(), Infra.backup(b -> b.copyToVaultArn("moodle-dr")),
                "backup.copyToVaultArn", "moodle-dr");
        assertFindsOne(new BackupCopyTargetRule(), Infra.backup(b -> b.copyToVaultArn(
                "arn:aws:s3:::moodle-dr")), "backup.copyToVaultArn", "arn:aws:s3:::moodle-dr");
    }

    @Test
    void bak004AVaultArnPasses() {
        assertPasses(new BackupCopyTargetRule(), Infra.backup(b -> b.copyToVaultArn(DR_VAULT)));
        assertPasses(new BackupCopyTargetRule(), Infra.valid());
    }

    @Test
    void bak005ACopyInTheSitesOwnRegionWarns() {
        assertFindsOne(new BackupCopyRegionRule(), Infra.backup(b -> b.copyToVaultArn(
                "arn:aws:backup:eu-west-1:210987654321:backup-vault:moodle-dr")), "backup.copyToVaultArn", "eu-west-1");
    }

    @Test
    void bak005ACopyInAnotherRegionPasses() {
        assertPasses(new BackupCopyRegionRule(), Infra.backup(b -> b.copyToVaultArn(DR_VAULT)));
    }

    private static final String CLUSTER_SNAPSHOT = "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:campus-final";
    private static final String INSTANCE_SNAPSHOT = "arn:aws:rds:eu-west-1:123456789012:snapshot:campus-final";
    private static final String RECOVERY_POINT = "arn:aws:backup:eu-west-1:123456789012:recovery-point:0b1e2f3a-4c5d-6e7f-8091-a2b3c4d5e6f7";

    @Test
    void bak006ASnapshotOfTheOtherEngineOrNoSnapshotArnFails() {
        assertFindsOne(new RestoreSnapshotRule(), Infra.database(b -> b.restoreFromSnapshot(INSTANCE_SNAPSHOT)),
                "database.restoreFromSnapshot", "an Aurora cluster is created from a DB cluster snapshot");
        assertFindsOne(new RestoreSnapshotRule(), Infra.database(b -> b.engine(dev.moodleaws.core.model.DatabaseEngine.MYSQL)
                .restoreFromSnapshot(CLUSTER_SNAPSHOT)), "database.restoreFromSnapshot", "is created from a DB snapshot");
        assertFindsOne(new RestoreSnapshotRule(), Infra.database(b -> b.restoreFromSnapshot("campus-final")),
                "database.restoreFromSnapshot", "no RDS snapshot ARN");
    }

    @Test
    void bak006TheSnapshotKindOfTheEngineOrNoRestorePasses() {
        assertPasses(new RestoreSnapshotRule(), Infra.valid());
        assertPasses(new RestoreSnapshotRule(), Infra.database(b -> b.restoreFromSnapshot(CLUSTER_SNAPSHOT)));
        assertPasses(new RestoreSnapshotRule(), Infra.database(b -> b.engine(dev.moodleaws.core.model.DatabaseEngine.MARIADB)
                .restoreFromSnapshot(INSTANCE_SNAPSHOT)));
    }

    @Test
    void bak007AFileSystemRestoreFromSomethingElseThanARecoveryPointFails() {
        assertFindsOne(new RestoreRecoveryPointRule(), Infra.files(b -> b.restoreFromRecoveryPoint("fs-0123456789abcdef0")),
                "fileStorage.restoreFromRecoveryPoint", "fs-0123456789abcdef0");
    }

    @Test
    void bak007ARecoveryPointArnPasses() {
        assertPasses(new RestoreRecoveryPointRule(), Infra.valid());
        assertPasses(new RestoreRecoveryPointRule(), Infra.files(b -> b.restoreFromRecoveryPoint(RECOVERY_POINT)));
    }

    @Test
    void bak008ASnapshotOrRecoveryPointOfAnotherRegionFails() {
        assertFindsOne(new RestoreRegionRule(), Infra.database(b -> b.restoreFromSnapshot(
                CLUSTER_SNAPSHOT.replace("eu-west-1", "eu-central-1"))), "database.restoreFromSnapshot", "eu-central-1");
        assertFindsOne(new RestoreRegionRule(), Infra.files(b -> b.restoreFromRecoveryPoint(
                RECOVERY_POINT.replace("eu-west-1", "us-east-1"))), "fileStorage.restoreFromRecoveryPoint", "us-east-1");
    }

    @Test
    void bak008ASnapshotAndRecoveryPointOfTheSitesRegionPass() {
        assertPasses(new RestoreRegionRule(), Infra.valid());
        assertPasses(new RestoreRegionRule(), Infra.database(b -> b.restoreFromSnapshot(CLUSTER_SNAPSHOT)));
        assertPasses(new RestoreRegionRule(), Infra.files(b -> b.restoreFromRecoveryPoint(RECOVERY_POINT)));
    }
}
