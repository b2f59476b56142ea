package dev.moodleaws.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.resolve.FakeSourceLookup;
import dev.moodleaws.core.model.Moodle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What plan and deploy pin: the commit or archive version, and the images, from a fake lookup. */
class StackInputsTest {
    private static final Deployment SITE = Deployment.builder().name("campus").region("eu-west-1")
            .moodle(Moodle.builder().wwwroot("https://learn.example.org").build()).build();
    private static final String X86 = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id";
    private static final String ARM = "/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id";

    @Test
    void aGitRefIsPinnedToItsCommitAndEachNodeToTheImageOfItsArchitecture() {
        Deployment d = SITE.toBuilder().stable(StableNode.builder().instanceType("m7g.large").build()).build();
        FakeSourceLookup lookup = new FakeSourceLookup();
        String repo = d.moodle().code().repository();
        lookup.commits.put(repo + "#MOODLE_405_STABLE", "1234567890abcdef1234567890abcdef12345678");
        lookup.parameters.put(X86, "ami-0aaaaaaaaaaaaaaaa");
        lookup.parameters.put(ARM, "ami-0bbbbbbbbbbbbbbbb");

        Map<String, String> pins = StackInputs.resolve(d, lookup);

        assertEquals(Map.of(LogicalIds.CODE_VERSION, "1234567890abcdef1234567890abcdef12345678",
                LogicalIds.WEB_IMAGE, "ami-0aaaaaaaaaaaaaaaa", LogicalIds.STABLE_IMAGE, "ami-0bbbbbbbbbbbbbbbb"), pins);
        assertEquals(List.of("commit " + repo + " MOODLE_405_STABLE", "parameter " + X86, "parameter " + ARM), lookup.asked);
    }

    @Test
    void aBakedSitePinsOneBaseImageForTheImageOfBothKindsOfNode() {
        Deployment d = SITE.toBuilder().images(dev.moodleaws.core.model.Images.builder()
                .mode(dev.moodleaws.core.model.ImageMode.BAKED).build()).build();
        FakeSourceLookup lookup = new FakeSourceLookup();
        String repo = d.moodle().code().repository();
        lookup.commits.put(repo + "#MOODLE_405_STABLE", "1234567890abcdef1234567890abcdef12345678");
        lookup.parameters.put(X86, "ami-0aaaaaaaaaaaaaaaa");

        assertEquals(Map.of(LogicalIds.CODE_VERSION, "1234567890abcdef1234567890abcdef12345678",
                ImageBakes.BASE_IMAGE, "ami-0aaaaaaaaaaaaaaaa"), StackInputs.resolve(d, lookup));
        var names = StackViews.parameters(d).stream().map(StackView.Parameter::name).toList();
        assertTrue(names.contains(ImageBakes.BASE_IMAGE) && !names.contains(LogicalIds.WEB_IMAGE)
                && !names.contains(LogicalIds.STABLE_IMAGE), names.toString());
    }

    @Test
    void anS3ArchiveIsPinnedToItsVersion() {
        Deployment d = SITE.toBuilder().moodle(SITE.moodle().toBuilder()
                .code(CodeSource.builder().type(CodeSourceType.S3).repository("s3://builds/moodle/4.5.tgz").build()).build()).build();
        FakeSourceLookup lookup = new FakeSourceLookup();
        lookup.versions.put("s3://builds/moodle/4.5.tgz", "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd");
        lookup.parameters.put(X86, "ami-0aaaaaaaaaaaaaaaa");

        assertEquals("3HL4kqtJlcpXroDTDmjVBH40Nrjfkd", StackInputs.resolve(d, lookup).get(LogicalIds.CODE_VERSION));
    }

    @Test
    void theTemplateRunsOnlyWhatWasLookedUpAndShowsWhereFrom() {
        List<StackView.Parameter> parameters = StackViews.parameters(SITE);
        Map<String, StackView.Parameter> byName = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (String name : List.of(LogicalIds.WEB_IMAGE, LogicalIds.STABLE_IMAGE, LogicalIds.CODE_VERSION)) {
            StackView.Parameter p = byName.get(name);
            assertEquals(null, p.defaultValue(), name + " has no default: nothing re-resolves it behind a deploy's back");
            assertFalse(p.type().startsWith("AWS::SSM::Parameter::Value"), name);
        }
        assertEquals("AWS::EC2::Image::Id", byName.get(LogicalIds.WEB_IMAGE).type());
        assertTrue(byName.get(LogicalIds.WEB_IMAGE).description().contains(X86));
        assertTrue(byName.get(LogicalIds.CODE_VERSION).description().contains("MOODLE_405_STABLE"));
    }
}
