package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.php;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.stable;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules on the form of values: each refuses what render or AWS could not take, and passes the defaults. */
class InputShapeRulesTest {

    private static Deployment code(CodeSourceType type, String repository, String ref) {
        return moodle(m -> m.code(CodeSource.builder().type(type).repository(repository).ref(ref).build()));
    }

    private static Deployment database(Database db) {
        return valid().toBuilder().database(db).build();
    }

    private static Deployment loadBalancer(LoadBalancer lb) {
        return valid().toBuilder().loadBalancer(lb).build();
    }

    @Test
    void everyRulePassesTheValidDeployment() {
        for (var rule : InputShapeRules.all()) {
            assertPasses(rule, valid());
        }
    }

    @Test
    void aCodeRefThatGitWouldReadAsAnOptionIsRefused() {
        Finding f = assertFindsOne(new CodeRefFormat(), code(CodeSourceType.GIT, "https://github.com/moodle/moodle.git",
                "--upload-pack=touch /tmp/p;git-upload-pack"), "moodle.code.ref", "--upload-pack");
        assertTrue(f.message().contains("starts with '-'"), f.message());
        for (String bad : List.of("v1..2", "a b", "x@{1}", "refs/.hidden", "main.lock", "tag`x`", "a\\b", "x~1", "x^")) {
            assertFindsOne(new CodeRefFormat(), code(CodeSourceType.GIT, "https://github.com/moodle/moodle.git", bad), "moodle.code.ref", "");
        }
        for (String good : List.of("v4.5.6", "MOODLE_405_STABLE", "refs/heads/main", "0123456789abcdef0123456789abcdef01234567")) {
            assertPasses(new CodeRefFormat(), code(CodeSourceType.GIT, "https://github.com/moodle/moodle.git", good));
        }
    }

    @Test
    void aRepositoryIsHttpsSshOrS3() {
        for (String bad : List.of("ext::sh -c touch% /tmp/p", "file:///etc", "--upload-pack=x", "http://github.com/moodle/moodle.git",
                "fd::3", "https://github.com/moodle/moodle.git#frag")) {
            assertFindsOne(new CodeRepositoryScheme(), code(CodeSourceType.GIT, bad, null), "moodle.code.repository", "");
        }
        assertFindsOne(new CodeRepositoryScheme(), code(CodeSourceType.S3, "https://example.org/x.tgz", null), "moodle.code.repository", "s3://");
        for (String good : List.of("https://github.com/moodle/moodle.git", "ssh://git@git.example.org:2222/lms/moodle.git",
                "git@github.com:moodle/moodle.git")) {
            assertPasses(new CodeRepositoryScheme(), code(CodeSourceType.GIT, good, null));
        }
        assertPasses(new CodeRepositoryScheme(), code(CodeSourceType.S3, "s3://my-bucket/moodle/4.5.6.tgz", null));
    }

    @Test
    void wwwrootHasNoUserQueryFragmentOrSpace() {
        for (String bad : List.of("https://moodle:S3cr3t@learn.example.org", "https://learn.example.org/?x=1",
                "https://learn.example.org/#top", "https://learn example.org", "https://learn.example.org/a b")) {
            assertFindsOne(new WwwrootShape(), moodle(m -> m.wwwroot(bad)), "moodle.wwwroot", "");
        }
        assertPasses(new WwwrootShape(), moodle(m -> m.wwwroot("https://learn.example.org:8443/moodle")));
    }

    @Test
    void valuesWrittenRawHaveTheShapeTheRendererWrites() {
        assertFindsOne(new RawValueShapes(), moodle(m -> m.codeRoot("/var/www/a;b")), "moodle.codeRoot", "/var/www/a;b");
        assertFindsOne(new RawValueShapes(), moodle(m -> m.dataroot("/mnt/my data")), "moodle.dataroot", "my data");
        assertFindsOne(new RawValueShapes(), php(p -> p.extraExtensions(List.of("intl;rm"))), "moodle.php.extraExtensions[0]", "intl;rm");
        Deployment badPath = loadBalancer(valid().loadBalancer().toBuilder()
                .healthCheck(HealthCheck.builder().path("/a$b").build()).build());
        assertFindsOne(new RawValueShapes(), badPath, "loadBalancer.healthCheck.path", "/a$b");
        assertPasses(new RawValueShapes(), php(p -> p.memoryLimit("512m")));
    }

    @Test
    void theAdministratorEmailIsAnAddress() {
        assertFindsOne(new AdminEmailShape(), moodle(m -> m.adminEmail("admin")), "moodle.adminEmail", "admin");
        assertPasses(new AdminEmailShape(), moodle(m -> m.adminEmail("it-ops+moodle@example.org")));
    }

    @Test
    void settingNamesAreNames() {
        assertFindsOne(new SettingNames(), moodle(m -> m.forcedSettings(Map.of("", 1))), "moodle.forcedSettings.", "''");
        assertFindsOne(new SettingNames(), moodle(m -> m.forcedSettings(Map.of("'x'", 1))), "moodle.forcedSettings.'x'", "'x'");
        assertFindsOne(new SettingNames(), moodle(m -> m.forcedPluginSettings(Map.of("tool mobile", Map.of("a", 1)))),
                "moodle.forcedPluginSettings.tool mobile", "tool mobile");
        assertPasses(new SettingNames(), moodle(m -> m.forcedSettings(Map.of("supportname", "x"))
                .forcedPluginSettings(Map.of("tool_mobile", Map.of("forcelogout", true)))));
    }

    @Test
    void theStableInstanceTypeIsAnInstanceTypeName() {
        Finding f = assertFindsOne(new StableInstanceTypeFormat(), stable(s -> s.instanceType("%%{init: {'theme':'dark'}}%%")),
                "stable.instanceType", "%%{init");
        assertFalse(f.message().isEmpty());
        assertPasses(new StableInstanceTypeFormat(), stable(s -> s.instanceType("m7i.large")));
    }

    @Test
    void databaseNamesAreMysqlNamesRdsAccepts() {
        assertFindsOne(new DatabaseIdentifiers(), database(Database.builder().databaseName("moo-dle").build()), "database.databaseName", "moo-dle");
        assertFindsOne(new DatabaseIdentifiers(), database(Database.builder().masterUsername("a_very_long_user_name").build()),
                "database.masterUsername", "a_very_long_user_name");
        assertFindsOne(new DatabaseIdentifiers(), database(Database.builder().masterUsername("rdsadmin").build()),
                "database.masterUsername", "rdsadmin");
        assertPasses(new DatabaseIdentifiers(), database(Database.builder().databaseName("moodle_prod").masterUsername("moodleadmin").build()));
    }

    @Test
    void theTlsPolicyIsAPolicyName() {
        assertFindsOne(new SslPolicyShape(), loadBalancer(valid().loadBalancer().toBuilder().sslPolicy("TLS 1.3 please").build()),
                "loadBalancer.sslPolicy", "TLS 1.3 please");
        assertPasses(new SslPolicyShape(), loadBalancer(valid().loadBalancer().toBuilder().sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06").build()));
    }

    @Test
    void tagsStayWithinAwsLimits() {
        assertFindsOne(new TagLimits(), valid().toBuilder().tags(Map.of("aws:owner", "x")).build(), "tags.aws:owner", "reserved");
        assertFindsOne(new TagLimits(), valid().toBuilder().tags(Map.of("team", "x".repeat(257))).build(), "tags.team", "257");
        assertPasses(new TagLimits(), valid().toBuilder().tags(Map.of("team", "x".repeat(256))).build());
    }

    @Test
    void preventingFileLockingThroughForcedSettingsIsTheSameRisk() {
        Finding f = assertFindsOne(new KeepFileLocking(), moodle(m -> m.forcedSettings(Map.of("preventfilelocking", true))),
                "moodle.forcedSettings.preventfilelocking", "true");
        assertTrue(f.message().contains("EFS"), f.message());
        assertPasses(new KeepFileLocking(), moodle(m -> m.forcedSettings(Map.of("preventfilelocking", false))));
        Finding managed = assertFindsOne(new ManagedSettingsNotForced(), moodle(m -> m.forcedSettings(Map.of("dataroot", "/x"))),
                "moodle.forcedSettings.dataroot", "dataroot");
        assertTrue(managed.message().contains("the forced value silently wins"), managed.message());
    }

    @Test
    void formatMessagesNameTheKeyPath() {
        Finding f = assertFindsOne(new InstanceTypeFormatRule(), ApplicationFixtures.web(w -> w.instanceTypes(List.of("m5.large", "huge"))),
                "web.instanceTypes[1]", "huge");
        assertTrue(f.message().startsWith("web.instanceTypes[1] is 'huge'"), f.message());
    }
}
