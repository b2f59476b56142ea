package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.validate.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseRulesTest {

    private static Deployment onMoodle(Deployment d, MoodleVersion version) {
        return d.toBuilder().moodle(Moodle.builder().wwwroot("https://learn.example.org").version(version).build()).build();
    }

    @Test
    void db001MysqlOlderThanTheMoodleMinimumFails() {
        Deployment mysql80 = Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.0.39"));
        Finding f = assertFindsOne(new EngineVersionSupportedRule(), onMoodle(mysql80, MoodleVersion.V5_0),
                "database.engineVersion", "8.0.39");
        assertTrue(f.message().contains("8.4") && f.message().contains("guide"), f.message());
        assertFindsOne(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MARIADB).engineVersion("10.6.5")), MoodleVersion.V4_5),
                "database.engineVersion", "10.6.5");
        assertFindsOne(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MARIADB).engineVersion("10.6")), MoodleVersion.V5_1),
                "database.engineVersion", "10.6");
        assertFindsOne(new EngineVersionSupportedRule(),
                Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.0.mysql_aurora.3.10.0")),
                "database.engineVersion", "8.0.mysql_aurora.3.10.0");
    }

    @Test
    void db001SupportedVersionsPass() {
        assertPasses(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.0.39")), MoodleVersion.V4_5));
        assertPasses(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MYSQL)), MoodleVersion.V5_3));
        assertPasses(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MARIADB).engineVersion("10.6")), MoodleVersion.V4_5));
        assertPasses(new EngineVersionSupportedRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MARIADB)), MoodleVersion.V5_3));
        assertPasses(new EngineVersionSupportedRule(), Infra.valid());
    }

    @Test
    void db002AuroraNotMajorThreeFails() {
        assertFindsOne(new AuroraMajorVersionRule(), Infra.database(db -> db.engineVersion("5.7.mysql_aurora.2.11.2")),
                "database.engineVersion", "5.7.mysql_aurora.2.11.2");
        assertFindsOne(new AuroraMajorVersionRule(), Infra.database(db -> db.engineVersion("8.4")),
                "database.engineVersion", "'8.4'");
    }

    @Test
    void db002AuroraThreePasses() {
        assertPasses(new AuroraMajorVersionRule(), Infra.database(db -> db.engineVersion("8.0.mysql_aurora.3.08.2")));
        assertPasses(new AuroraMajorVersionRule(), Infra.valid());
        assertPasses(new AuroraMajorVersionRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.4")));
    }

    @Test
    void db003Mysql80Warns() {
        Finding f = assertFindsOne(new MysqlExtendedSupportRule(),
                Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.0.40")),
                "database.engineVersion", "8.0.40");
        assertTrue(f.message().contains("Extended Support") && f.message().contains("2026-07-31")
                && f.message().contains("out of date"), f.message());
    }

    @Test
    void db003Mysql84PassesAndMoodleRefusingEightZeroIsLeftToDb001() {
        assertPasses(new MysqlExtendedSupportRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.4.3")));
        assertPasses(new MysqlExtendedSupportRule(),
                onMoodle(Infra.database(db -> db.engine(DatabaseEngine.MYSQL).engineVersion("8.0.40")), MoodleVersion.V5_0));
    }

    @Test
    void db004NoBackupsFails() {
        assertFindsOne(new BackupRetentionRule(), Infra.database(db -> db.backupRetentionDays(0)),
                "database.backupRetentionDays", "is 0");
        assertFindsOne(new BackupRetentionRule(), Infra.database(db -> db.backupRetentionDays(36)),
                "database.backupRetentionDays", "is 36");
    }

    @Test
    void db004BackupsPass() {
        assertPasses(new BackupRetentionRule(), Infra.database(db -> db.backupRetentionDays(1)));
        assertPasses(new BackupRetentionRule(), Infra.database(db -> db.backupRetentionDays(35)));
    }

    @Test
    void db005ShortRetentionIsNoted() {
        assertFindsOne(new BackupRetentionWeekRule(), Infra.database(db -> db.backupRetentionDays(3)),
                "database.backupRetentionDays", "is 3");
    }

    @Test
    void db005AWeekPassesAndZeroIsLeftToDb004() {
        assertPasses(new BackupRetentionWeekRule(), Infra.database(db -> db.backupRetentionDays(7)));
        assertPasses(new BackupRetentionWeekRule(), Infra.database(db -> db.backupRetentionDays(0)));
    }

    @Test
    void db006RdsWithoutMultiAzFails() {
        assertFindsOne(new RdsMultiAzRule(), Infra.database(db -> db.engine(DatabaseEngine.MARIADB).multiAz(false)),
                "database.multiAz", "mariadb");
    }

    @Test
    void db006RdsMultiAzOrAuroraPasses() {
        assertPasses(new RdsMultiAzRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).multiAz(true)));
        assertPasses(new RdsMultiAzRule(), Infra.database(db -> db.multiAz(false)));
    }

    @Test
    void db007AuroraWithoutReaderFails() {
        assertFindsOne(new AuroraReadersRule(), Infra.database(db -> db.readers(0)), "database.readers", "is 0");
        assertFindsOne(new AuroraReadersRule(), Infra.database(db -> db.readers(16)), "database.readers", "is 16");
    }

    @Test
    void db007AuroraWithReaderPasses() {
        assertPasses(new AuroraReadersRule(), Infra.database(db -> db.readers(2)));
        assertPasses(new AuroraReadersRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).readers(0)));
    }

    @Test
    void db008ReadersOnRdsWarn() {
        assertFindsOne(new RdsReadersIgnoredRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).readers(2)),
                "database.readers", "is 2");
        Deployment written = Infra.database(db -> db.engine(DatabaseEngine.MYSQL).readers(1)).toBuilder()
                .sourceMap(SourceMap.of("moodle-aws.yaml", Map.of("database.readers", new Location("moodle-aws.yaml", 12, 12))))
                .build();
        Finding f = assertFindsOne(new RdsReadersIgnoredRule(), written, "database.readers", "is 1");
        assertTrue(f.where().isPresent() && f.where().get().line() == 12);
    }

    @Test
    void db008DefaultReadersOnRdsPass() {
        assertPasses(new RdsReadersIgnoredRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL)));
        assertPasses(new RdsReadersIgnoredRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).readers(0)));
        assertPasses(new RdsReadersIgnoredRule(), Infra.database(db -> db.readers(3)));
    }

    @Test
    void db009SmallPacketWarns() {
        assertFindsOne(new MaxAllowedPacketRule(), Infra.database(db -> db.maxAllowedPacket("64M")),
                "database.maxAllowedPacket", "64M");
    }

    @Test
    void db009LargePacketPasses() {
        assertPasses(new MaxAllowedPacketRule(), Infra.database(db -> db.maxAllowedPacket("1G")));
        assertPasses(new MaxAllowedPacketRule(), Infra.database(db -> db.maxAllowedPacket("268435456")));
    }

    @Test
    void db010MalformedBufferPoolFails() {
        assertFindsOne(new BufferPoolSizeFormatRule(), Infra.database(db -> db.innodbBufferPoolSize("{DBInstanceClassMemory*0.75}")),
                "database.innodbBufferPoolSize", "{DBInstanceClassMemory*0.75}");
        assertFindsOne(new BufferPoolSizeFormatRule(), Infra.database(db -> db.innodbBufferPoolSize("{DBInstanceClassMemory+1}")),
                "database.innodbBufferPoolSize", "{DBInstanceClassMemory+1}");
        assertFindsOne(new BufferPoolSizeFormatRule(), Infra.database(db -> db.innodbBufferPoolSize("75%")),
                "database.innodbBufferPoolSize", "75%");
    }

    @Test
    void db010SizeOrFormulaPasses() {
        assertPasses(new BufferPoolSizeFormatRule(), Infra.database(db -> db.innodbBufferPoolSize("6G")));
        assertPasses(new BufferPoolSizeFormatRule(), Infra.database(db -> db.innodbBufferPoolSize("{DBInstanceClassMemory*5/8}")));
    }

    @Test
    void db011UnencryptedStorageFails() {
        Finding f = assertFindsOne(new StorageEncryptedRule(), Infra.database(db -> db.storageEncrypted(false)),
                "database.storageEncrypted", "false");
        assertTrue(f.message().contains("replaces"), f.message());
    }

    @Test
    void db011EncryptedStoragePasses() {
        assertPasses(new StorageEncryptedRule(), Infra.database(db -> db.storageEncrypted(true)));
    }

    @Test
    void db012NoDeletionProtectionWarns() {
        assertFindsOne(new DeletionProtectionRule(), Infra.database(db -> db.deletionProtection(false)),
                "database.deletionProtection", "false");
    }

    @Test
    void db012DeletionProtectionPasses() {
        assertPasses(new DeletionProtectionRule(), Infra.database(db -> db.deletionProtection(true)));
    }

    @Test
    void db013ReplicaReadsWithoutReaderFail() {
        assertFindsOne(new ReadFromReplicaRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).readFromReplica(true)),
                "database.readFromReplica", "mysql");
        assertFindsOne(new ReadFromReplicaRule(), Infra.database(db -> db.readers(0).readFromReplica(true)),
                "database.readFromReplica", "readers is 0");
    }

    @Test
    void db013ReplicaReadsOnAuroraWithReaderPass() {
        assertPasses(new ReadFromReplicaRule(), Infra.database(db -> db.readers(1).readFromReplica(true)));
    }

    @Test
    void db014NonRdsClassFails() {
        assertFindsOne(new DbInstanceClassRule(), Infra.database(db -> db.instanceClass("r6g.large")),
                "database.instanceClass", "r6g.large");
    }

    @Test
    void db014RdsClassPasses() {
        assertPasses(new DbInstanceClassRule(), Infra.database(db -> db.instanceClass("db.t4g.medium")));
    }

    @Test
    void db015TinyRdsStorageFails() {
        assertFindsOne(new AllocatedStorageRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).allocatedStorageGb(10)),
                "database.allocatedStorageGb", "is 10");
    }

    @Test
    void db015EnoughStorageOrAuroraPasses() {
        assertPasses(new AllocatedStorageRule(), Infra.database(db -> db.engine(DatabaseEngine.MYSQL).allocatedStorageGb(20)));
        assertPasses(new AllocatedStorageRule(), Infra.database(db -> db.allocatedStorageGb(0)));
    }

    @Test
    void db016PacketNotASizeOrAboveOneGigabyteFails() {
        assertFindsOne(new MaxAllowedPacketRangeRule(), Infra.database(db -> db.maxAllowedPacket("256MB")),
                "database.maxAllowedPacket", "256MB");
        assertFindsOne(new MaxAllowedPacketRangeRule(), Infra.database(db -> db.maxAllowedPacket("2G")),
                "database.maxAllowedPacket", "2G");
    }

    @Test
    void db016PacketUpToOneGigabytePasses() {
        assertPasses(new MaxAllowedPacketRangeRule(), Infra.database(db -> db.maxAllowedPacket("1024M")));
    }
}
