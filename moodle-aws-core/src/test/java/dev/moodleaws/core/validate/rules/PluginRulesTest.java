package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginRulesTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static Plugin git(String component) {
        return Plugin.builder().component(component).git("https://github.com/example/moodle-" + component + ".git").ref(COMMIT).build();
    }

    private static Deployment plugins(Plugin... plugins) {
        return moodle(m -> m.plugins(List.of(plugins)));
    }

    @Test
    void aComponentThatIsNotTypeNameIsAnError() {
        assertFindsOne(new PluginComponentName(), plugins(git("Attendance")), "moodle.plugins[0].component", "Attendance");
        assertFindsOne(new PluginComponentName(), plugins(git("mod-attendance")), "moodle.plugins[0].component", "mod-attendance");
    }

    @Test
    void aTypeTheReleaseDoesNotKnowIsAnError() {
        Finding f = assertFindsOne(new PluginComponentName(), plugins(git("widget_clock")), "moodle.plugins[0].component", "widget");
        assertTrue(f.message().contains("Moodle 4.5"), f.message());
        assertFindsOne(new PluginComponentName(), plugins(git("assignsubmission_onlinetext2")), "moodle.plugins[0].component",
                "assignsubmission");
    }

    @Test
    void knownTypesPassForEachRelease() {
        assertPasses(new PluginComponentName(), plugins(git("mod_attendance"), git("local_campus"), git("tool_sync"),
                git("block_xp"), git("theme_snap")));
        assertPasses(new PluginComponentName(), moodle(m -> m.version(MoodleVersion.V5_1).plugins(List.of(git("mod_attendance")))));
    }

    @Test
    void aPluginListedTwiceIsAnError() {
        assertFindsOne(new PluginListedOnce(), plugins(git("mod_attendance"), git("local_campus"), git("mod_attendance")),
                "moodle.plugins[2].component", "moodle.plugins[0]");
    }

    @Test
    void distinctPluginsPass() {
        assertPasses(new PluginListedOnce(), plugins(git("mod_attendance"), git("local_campus")));
    }

    @Test
    void aStandardPluginIsAnError() {
        assertFindsOne(new PluginNotStandard(), plugins(git("mod_forum")), "moodle.plugins[0].component", "mod_forum");
        assertFindsOne(new PluginNotStandard(), plugins(git("tool_mfa")), "moodle.plugins[0].component", "tool_mfa");
    }

    @Test
    void aContributedPluginPasses() {
        assertPasses(new PluginNotStandard(), plugins(git("mod_attendance")));
        assertPasses(new PluginNotStandard(), moodle(m -> m.version(MoodleVersion.V5_1).plugins(List.of(git("mod_attendance")))));
    }

    @Test
    void sourcesMustBeOnePinnedHttpsSshOrS3Location() {
        PluginSource rule = new PluginSource();
        String path = "moodle.plugins[0]";
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").build()), path, "no source");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").git("https://example.org/a.git").ref(COMMIT)
                .zip("https://example.org/a.zip").sha256(SHA).build()), path, "git and zip");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").git("http://example.org/a.git").ref(COMMIT).build()),
                path, "http://example.org/a.git");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").git("https://example.org/a.git").build()), path, "no ref");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").zip("http://example.org/a.zip").sha256(SHA).build()),
                path, "http://example.org/a.zip");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").zip("https://example.org/a.zip").build()), path, "sha256");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").s3("s3://b/a.zip").sha256(SHA).build()), path, "s3://b/a.zip");
        assertFindsOne(rule, plugins(Plugin.builder().component("local_a").s3("s3://bucket/a.zip").sha256("abc").build()), path, "abc");
    }

    @Test
    void pinnedSourcesPass() {
        assertPasses(new PluginSource(), plugins(git("mod_attendance"),
                Plugin.builder().component("local_b").git("git@github.com:example/b.git").ref("v1.2").build(),
                Plugin.builder().component("local_c").git("ssh://git@example.org/c.git").ref(COMMIT).build(),
                Plugin.builder().component("local_d").zip("https://example.org/d.zip").sha256(SHA).build(),
                Plugin.builder().component("local_e").s3("s3://my-bucket/plugins/e.zip").sha256(SHA.toUpperCase()).build()));
    }

    @Test
    void aRefGitWouldTakeForAnOptionOrRefuseIsAnError() {
        assertFindsOne(new PluginRefFormat(), plugins(Plugin.builder().component("local_b")
                .git("https://example.org/b.git").ref("--upload-pack=x").build()), "moodle.plugins[0].ref", "'-'");
        assertFindsOne(new PluginRefFormat(), plugins(Plugin.builder().component("local_b")
                .git("https://example.org/b.git").ref("v1..2").build()), "moodle.plugins[0].ref", "'..'");
    }

    @Test
    void aCommitATagOrABranchPasses() {
        assertPasses(new PluginRefFormat(), plugins(git("mod_attendance"),
                Plugin.builder().component("local_b").git("https://example.org/b.git").ref("v4.5.1").build(),
                Plugin.builder().component("local_c").git("https://example.org/c.git").ref("MOODLE_405_STABLE").build()));
    }

    @Test
    void releasesWithoutTheirOwnTreeUseTheNearestOlderOne() {
        assertTrue(PluginFacts.of(MoodleVersion.V5_0).label().equals("4.5"));
        assertTrue(PluginFacts.of(MoodleVersion.V5_3).label().equals("5.1"));
        assertTrue(PluginFacts.of(MoodleVersion.V5_1).types().contains("aiprovider"));
    }
}
