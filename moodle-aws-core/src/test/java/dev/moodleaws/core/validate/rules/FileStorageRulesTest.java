package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.PerformanceMode;
import dev.moodleaws.core.model.ThroughputMode;
import dev.moodleaws.core.validate.Finding;
import org.junit.jupiter.api.Test;

class FileStorageRulesTest {

    @Test
    void efs001MaxIoWarns() {
        Finding f = assertFindsOne(new EfsPerformanceModeRule(), Infra.files(fs -> fs.performanceMode(PerformanceMode.MAX_IO)),
                "fileStorage.performanceMode", "maxIO");
        assertTrue(f.message().contains("replaces"), f.message());
    }

    @Test
    void efs001GeneralPurposePasses() {
        assertPasses(new EfsPerformanceModeRule(), Infra.files(fs -> fs.performanceMode(PerformanceMode.GENERAL_PURPOSE)));
    }

    @Test
    void efs002BurstingWarns() {
        assertFindsOne(new EfsBurstingThroughputRule(), Infra.files(fs -> fs.throughputMode(ThroughputMode.BURSTING)),
                "fileStorage.throughputMode", "bursting");
    }

    @Test
    void efs002ElasticPasses() {
        assertPasses(new EfsBurstingThroughputRule(), Infra.files(fs -> fs.throughputMode(ThroughputMode.ELASTIC)));
    }

    @Test
    void efs003ProvisionedWithoutFigureFails() {
        assertFindsOne(new EfsProvisionedThroughputRule(), Infra.files(fs -> fs.throughputMode(ThroughputMode.PROVISIONED)),
                "fileStorage.throughputMode", "provisionedThroughputMibps is missing");
        assertFindsOne(new EfsProvisionedThroughputRule(),
                Infra.files(fs -> fs.throughputMode(ThroughputMode.PROVISIONED).provisionedThroughputMibps(0)),
                "fileStorage.provisionedThroughputMibps", "is 0");
    }

    @Test
    void efs003ProvisionedWithFigurePasses() {
        assertPasses(new EfsProvisionedThroughputRule(),
                Infra.files(fs -> fs.throughputMode(ThroughputMode.PROVISIONED).provisionedThroughputMibps(128)));
    }

    @Test
    void efs004FigureWithoutProvisioningWarns() {
        assertFindsOne(new EfsThroughputWithoutProvisioningRule(), Infra.files(fs -> fs.provisionedThroughputMibps(256)),
                "fileStorage.provisionedThroughputMibps", "256");
    }

    @Test
    void efs004NoFigurePasses() {
        assertPasses(new EfsThroughputWithoutProvisioningRule(), Infra.valid());
    }

    @Test
    void efs005UnencryptedFails() {
        assertFindsOne(new EfsEncryptedRule(), Infra.files(fs -> fs.encrypted(false)), "fileStorage.encrypted", "false");
    }

    @Test
    void efs005EncryptedPasses() {
        assertPasses(new EfsEncryptedRule(), Infra.files(fs -> fs.encrypted(true)));
    }

    @Test
    void efs006PlainMountWarns() {
        Finding f = assertFindsOne(new EfsTlsMountRule(), Infra.files(fs -> fs.tlsMount(false)), "fileStorage.tlsMount", "false");
        assertTrue(f.message().contains("-o tls"), f.message());
    }

    @Test
    void efs006TlsMountPasses() {
        assertPasses(new EfsTlsMountRule(), Infra.files(fs -> fs.tlsMount(true)));
    }

    @Test
    void efs007NoBackupsWarns() {
        assertFindsOne(new EfsBackupsRule(), Infra.files(fs -> fs.backups(false)), "fileStorage.backups", "false");
    }

    @Test
    void efs007BackupsPass() {
        assertPasses(new EfsBackupsRule(), Infra.files(fs -> fs.backups(true)));
    }
}
