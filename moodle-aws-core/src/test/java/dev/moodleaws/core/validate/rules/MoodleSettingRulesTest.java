package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LockFactory;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoodleSettingRulesTest {

    private static Deployment forced(Map<String, Object> settings) {
        return moodle(m -> m.forcedSettings(settings));
    }

    private static Deployment codeRef(String ref) {
        return moodle(m -> m.code(CodeSource.builder().ref(ref).build()));
    }

    @Test
    void preventingFileLockingExplainsTheGuideIsWrong() {
        Finding f = assertFindsOne(new KeepFileLocking(), moodle(m -> m.preventFileLocking(true)),
                "moodle.preventFileLocking", "true");
        assertTrue(f.message().contains("strongly recommended in production"), f.message());
        assertTrue(f.message().contains("NFSv4.1"), f.message());
    }

    @Test
    void fileLockingKeptPasses() {
        assertPasses(new KeepFileLocking(), valid());
    }

    @Test
    void fileLockFactoryIsAWarning() {
        assertFindsOne(new DatabaseLockFactory(), moodle(m -> m.lockFactory(LockFactory.FILE)), "moodle.lockFactory", "file");
    }

    @Test
    void databaseAndAutomaticLockFactoriesPass() {
        assertPasses(new DatabaseLockFactory(), valid());
        assertPasses(new DatabaseLockFactory(), moodle(m -> m.lockFactory(LockFactory.AUTO)));
    }

    @Test
    void synchronousBackupsWouldRunOnSpot() {
        Finding f = assertFindsOne(new AsyncBackups(), moodle(m -> m.asyncBackup(false)), "moodle.asyncBackup", "false");
        assertTrue(f.message().contains("Spot"), f.message());
    }

    @Test
    void asynchronousBackupsPass() {
        assertPasses(new AsyncBackups(), valid());
    }

    @Test
    void httpWwwrootIsAnError() {
        assertFindsOne(new HttpsWwwroot(), moodle(m -> m.wwwroot("http://learn.example.org")), "moodle.wwwroot",
                "http://learn.example.org");
    }

    @Test
    void httpsWwwrootPassesInAnyCase() {
        assertPasses(new HttpsWwwroot(), valid());
        assertPasses(new HttpsWwwroot(), moodle(m -> m.wwwroot("HTTPS://learn.example.org/moodle")));
    }

    @Test
    void trailingSlashIsAnError() {
        assertFindsOne(new WwwrootIsSiteAddress(), moodle(m -> m.wwwroot("https://learn.example.org/")),
                "moodle.wwwroot", "https://learn.example.org/");
    }

    @Test
    void publicSuffixIsAnErrorFromMoodle51() {
        Finding f = assertFindsOne(new WwwrootIsSiteAddress(),
                moodle(m -> m.version(MoodleVersion.V5_1).wwwroot("https://learn.example.org/public")),
                "moodle.wwwroot", "https://learn.example.org/public");
        assertTrue(f.message().contains("5.1"), f.message());
    }

    @Test
    void siteAddressPasses() {
        assertPasses(new WwwrootIsSiteAddress(), valid());
        assertPasses(new WwwrootIsSiteAddress(), moodle(m -> m.version(MoodleVersion.V5_1).wwwroot("https://example.org/learn")));
    }

    @Test
    void aPublicPathBeforeMoodle51IsJustAPath() {
        assertPasses(new WwwrootIsSiteAddress(), moodle(m -> m.wwwroot("https://example.org/public")));
    }

    @Test
    void datarootInsideTheCodeIsAnError() {
        assertFindsOne(new DatarootOutsideCode(), moodle(m -> m.dataroot("/var/www/moodle/moodledata")),
                "moodle.dataroot", "/var/www/moodle/moodledata");
    }

    @Test
    void codeInsideTheDatarootIsAnError() {
        assertFindsOne(new DatarootOutsideCode(), moodle(m -> m.codeRoot("/var/www/moodledata/code/")),
                "moodle.codeRoot", "/var/www/moodledata/code/");
    }

    @Test
    void theSameFolderForBothIsAnError() {
        assertFindsOne(new DatarootOutsideCode(), moodle(m -> m.dataroot("/srv/moodle/").codeRoot("/srv/moodle")),
                "moodle.dataroot", "/srv/moodle/");
    }

    @Test
    void separateFoldersPassEvenWithASharedNamePrefix() {
        assertPasses(new DatarootOutsideCode(), valid());
        assertPasses(new DatarootOutsideCode(), moodle(m -> m.dataroot("/var/www/moodle-data").codeRoot("/var/www/moodle")));
    }

    @Test
    void theGuidesSessionRedisNameIsAnError() {
        Finding f = assertFindsOne(new SessionRedisSettingNames(),
                forced(Map.of("sessionredis_host", "redis.example.internal")),
                "moodle.forcedSettings.sessionredis_host", "sessionredis_host");
        assertTrue(f.message().contains("$CFG->session_redis_host must be specified"), f.message());
        assertFalse(f.message().contains("redis.example.internal"), "values are not repeated");
    }

    @Test
    void otherForcedSettingsPassTheSpellingCheck() {
        assertPasses(new SessionRedisSettingNames(), valid());
        assertPasses(new SessionRedisSettingNames(), forced(Map.of("session_redis_prefix", "x", "theme", "boost")));
    }

    @Test
    void settingsTheToolWritesAreWarnedAboutOneByOne() {
        List<Finding> found = check(new ManagedSettingsNotForced(), forced(Map.of(
                "dbhost", "db.internal", "session_redis_port", 6380, "Preventfilelocking", true, "theme", "boost")));
        assertEquals(3, found.size(), found::toString);
        Finding lock = found.stream().filter(f -> f.subject().endsWith("Preventfilelocking")).findFirst().orElseThrow();
        assertTrue(lock.message().contains("moodle.preventFileLocking"), lock.message());
        assertTrue(found.stream().noneMatch(f -> f.message().contains("db.internal")), "values are not repeated");
    }

    @Test
    void theWwwrootSettingPointsAtItsDescriptorKey() {
        Finding f = assertFindsOne(new ManagedSettingsNotForced(), forced(Map.of("wwwroot", "https://x.example")),
                "moodle.forcedSettings.wwwroot", "wwwroot");
        assertTrue(f.message().contains("Set moodle.wwwroot"), f.message());
    }

    @Test
    void ordinaryForcedSettingsPass() {
        assertPasses(new ManagedSettingsNotForced(), valid());
        assertPasses(new ManagedSettingsNotForced(), forced(Map.of("theme", "boost", "enablewebservices", 0)));
    }

    @Test
    void movingBranchesAreWorthPinning() {
        assertFindsOne(new PinnedCodeRef(), codeRef("MOODLE_405_STABLE"), "moodle.code.ref", "MOODLE_405_STABLE");
        assertFindsOne(new PinnedCodeRef(), codeRef("main"), "moodle.code.ref", "main");
        assertFindsOne(new PinnedCodeRef(), codeRef("master"), "moodle.code.ref", "master");
    }

    @Test
    void tagsCommitsAndTheDefaultPass() {
        assertPasses(new PinnedCodeRef(), valid());
        assertPasses(new PinnedCodeRef(), codeRef("v4.5.6"));
        assertPasses(new PinnedCodeRef(), codeRef("0f3c2a9d4e5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d"));
        assertPasses(new PinnedCodeRef(), codeRef("MOODLE_STABLE"));
    }

    @Test
    void worldWritableDirectoriesAreAWarning() {
        assertFindsOne(new DirectoryPermissionsNotWorldWritable(), moodle(m -> m.directoryPermissions("02777")),
                "moodle.directoryPermissions", "02777");
        assertFindsOne(new DirectoryPermissionsNotWorldWritable(), moodle(m -> m.directoryPermissions("2772")),
                "moodle.directoryPermissions", "2772");
        assertFindsOne(new DirectoryPermissionsNotWorldWritable(), moodle(m -> m.directoryPermissions("0773")),
                "moodle.directoryPermissions", "0773");
    }

    @Test
    void groupWritableDirectoriesPass() {
        assertPasses(new DirectoryPermissionsNotWorldWritable(), valid());
        assertPasses(new DirectoryPermissionsNotWorldWritable(), moodle(m -> m.directoryPermissions("02770")));
        assertPasses(new DirectoryPermissionsNotWorldWritable(), moodle(m -> m.directoryPermissions("0755")));
    }
}
