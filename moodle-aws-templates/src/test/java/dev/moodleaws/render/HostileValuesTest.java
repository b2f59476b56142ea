package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.RuleSet;
import dev.moodleaws.core.validate.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Values a user types cannot change the structure of the template, whatever they contain. */
class HostileValuesTest {
    private static final String HOSTILE = "x\" y' \n  Evil:\n    Type: AWS::IAM::User ${AWS::Region} : # !Ref Vpc"
            + " &a *a | > { } [ ] , ? - % @ ` \\ \t \u2028 end";

    @Test
    void hostileNamesTagsAndUrlsStayLiteral() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(HOSTILE, HOSTILE);
        tags.put("plain", "- !Sub '${X}'");
        Deployment base = Deployments.quickstart();
        Deployment hostile = base.toBuilder().name(HOSTILE).tags(tags)
                .moodle(base.moodle().toBuilder().wwwroot("https://a.example.org/\"'${x}#: !Ref").build()).build();
        Deployment tame = base.toBuilder().name("tame").tags(Map.of("a", "b", "plain", "c")).build();

        // The rules refuse most of these values; the template must stay intact even when they are bypassed.
        Renderer renderer = new Renderer(TemplateEngine.builtIn(), new Validator(List.of(), RuleSet.standard().artifactRules()));
        Map<String, Object> evil = CloudFormationTemplateTest.parse(renderer.render(hostile).bundle().content(Bundle.TEMPLATE));
        Map<String, Object> good = CloudFormationTemplateTest.parse(renderer.render(tame).bundle().content(Bundle.TEMPLATE));

        assertEquals(new TreeSet<>(CloudFormationTemplateTest.map(good, "Resources").keySet()),
                new TreeSet<>(CloudFormationTemplateTest.map(evil, "Resources").keySet()));
        assertEquals(good.keySet(), evil.keySet());
        assertTrue(evil.get("Description").toString().endsWith(HOSTILE));
        assertEquals("https://a.example.org/\"'${x}#: !Ref", CloudFormationTemplateTest.map(evil, "Outputs", "SiteUrl").get("Value"));
        Map<?, ?> launchData = (Map<?, ?>) CloudFormationTemplateTest.props(evil, "WebLaunchTemplate").get("LaunchTemplateData");
        Map<?, ?> volumeTags = (Map<?, ?>) ((List<?>) launchData.get("TagSpecifications")).get(0);
        assertEquals(List.of(Map.of("Key", HOSTILE, "Value", HOSTILE), Map.of("Key", "plain", "Value", "- !Sub '${X}'")),
                volumeTags.get("Tags"));
        assertTrue(renderer.render(hostile).artifactReport().findings().stream()
                .noneMatch(f -> f.rule().id().equals("TPL-002") || f.rule().id().equals("TPL-003")));
    }

    @Test
    void hostileTextInTheBootScriptStaysOneLiteral() {
        Moodle m = Deployments.quickstart().moodle();
        assertTrue(m.wwwroot().startsWith("https://"));
        var parts = dev.moodleaws.render.stack.StackViews.of(Deployments.quickstart(),
                new dev.moodleaws.render.instance.InstanceArtifacts("#!/bin/sh\n", "#!/bin/bash\n" + HOSTILE + "\n", java.util.Optional.empty(), List.of()))
                .stable().launchTemplate().userData();
        // The script after the exports is one literal; the last export's closing quote is merged into it.
        String last = parts.get(parts.size() - 1).literal();
        assertTrue(last.startsWith("'\n"), last);
        assertTrue(dev.moodleaws.core.bundle.BootPayload.unpack(last).endsWith("'\n" + HOSTILE + "\n"), last);
    }
}
