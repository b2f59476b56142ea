package dev.moodleaws.render;

import static dev.moodleaws.render.CloudFormationTemplateTest.list;
import static dev.moodleaws.render.CloudFormationTemplateTest.map;
import static dev.moodleaws.render.CloudFormationTemplateTest.ofType;
import static dev.moodleaws.render.CloudFormationTemplateTest.parse;
import static dev.moodleaws.render.CloudFormationTemplateTest.props;
import static dev.moodleaws.render.CloudFormationTemplateTest.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.model.CodeSource;
import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.ImageMode;
import dev.moodleaws.core.model.Images;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The EC2 Image Builder resources of a baked site, parsed from the rendered template. */
class ImageBakeTemplateTest {
    private static final Renderer RENDERER = new Renderer(TemplateEngine.builtIn());
    /** Image Builder's name pattern (component, recipe, infrastructure configuration). */
    private static final Pattern NAME = Pattern.compile("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$");
    private static final String COMMIT = "1234567890abcdef1234567890abcdef12345678";
    private static final String AMI = "ami-0123456789abcdef0";

    static Deployment baked(Deployment d) {
        return d.toBuilder().images(Images.builder().mode(ImageMode.BAKED).build()).build();
    }

    /** A value of the template as CloudFormation would resolve it with these parameters. */
    @SuppressWarnings("unchecked")
    static String resolve(Object value, Map<String, String> refs) {
        if (value instanceof String s) {
            return s;
        }
        Map<String, Object> f = (Map<String, Object>) value;
        if (f.containsKey("Ref")) {
            String name = (String) f.get("Ref");
            assertTrue(refs.containsKey(name), "a value for " + name);
            return refs.get(name);
        }
        List<Object> join = list(f.get("Fn::Join"));
        Object parts = join.get(1);
        if (parts instanceof Map<?, ?> split) {
            List<Object> args = list(split.get("Fn::Split"));
            return String.join((String) join.get(0), resolve(args.get(1), refs).split(Pattern.quote((String) args.get(0)), -1));
        }
        StringBuilder out = new StringBuilder();
        for (Object p : list(parts)) {
            out.append(resolve(p, refs));
        }
        return out.toString();
    }

    private static Map<String, String> refs(String codeVersion) {
        return Map.of("CodeVersion", codeVersion, "BaseImageId", AMI, "AWS::Region", "eu-west-1", "AWS::StackName", "campus");
    }

    @Test
    void aBakedSiteBootsEveryNodeFromTheImageBakedFromThePinnedBaseImage() {
        Map<String, Object> t = parse(template(baked(Deployments.quickstart())));
        for (String lt : List.of("StableLaunchTemplate", "WebLaunchTemplate")) {
            assertEquals(Map.of("Fn::GetAtt", List.of("NodeImage", "ImageId")), map(props(t, lt), "LaunchTemplateData").get("ImageId"));
        }
        assertEquals(Set.of("BaseImageId", "CodeVersion"), Set.copyOf(map(t, "Parameters").keySet()).stream()
                .filter(p -> p.endsWith("ImageId") || p.equals("CodeVersion")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Map.of("Ref", "BaseImageId"), props(t, "NodeImageRecipe").get("ParentImage"));
        assertEquals(List.of(Map.of("ComponentArn", Map.of("Ref", "NodeImageBake"))), props(t, "NodeImageRecipe").get("Components"));
        Map<String, Object> image = props(t, "NodeImage");
        assertEquals(Map.of("Ref", "NodeImageRecipe"), image.get("ImageRecipeArn"));
        assertEquals(Map.of("Ref", "NodeImageBuild"), image.get("InfrastructureConfigurationArn"));
        assertEquals(Map.of("LogGroupName", Map.of("Ref", "NodeImageBuildLogs")), image.get("LoggingConfiguration"));
        assertEquals("/aws/imagebuilder/campus", resolve(props(t, "NodeImageBuildLogs").get("LogGroupName"), refs(COMMIT)));
        Map<String, Object> build = props(t, "NodeImageBuild");
        assertEquals(List.of("m6i.large"), build.get("InstanceTypes"));
        assertEquals(true, build.get("TerminateInstanceOnFailure"));
        assertEquals(Set.of("AWS::ImageBuilder::Component", "AWS::ImageBuilder::ImageRecipe",
                "AWS::ImageBuilder::InfrastructureConfiguration", "AWS::ImageBuilder::Image"), Set.of(
                "AWS::ImageBuilder::Component", "AWS::ImageBuilder::ImageRecipe",
                "AWS::ImageBuilder::InfrastructureConfiguration", "AWS::ImageBuilder::Image").stream()
                .filter(type -> ofType(t, type).size() == 1).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theComponentRunsTheBakeScriptOfTheBundleWithTheRegionAndThePinnedCode() throws IOException {
        RenderResult r = RENDERER.render(baked(Deployments.quickstart()));
        Map<String, Object> t = parse(r.bundle().content(dev.moodleaws.core.bundle.Bundle.TEMPLATE));
        String data = resolve(props(t, "NodeImageBake").get("Data"), refs(COMMIT));
        assertTrue(data.length() <= 16000, "Image Builder takes at most 16,000 characters of component data: " + data.length());
        Map<String, Object> doc = parse(data);
        Map<String, Object> step = map(list(map(list(doc.get("phases")).get(0)).get("steps")).get(0));
        assertEquals("ExecuteBash", step.get("action"));
        assertEquals(3600, step.get("timeoutSeconds"));
        String commands = (String) list(map(step, "inputs").get("commands")).get(0);
        assertTrue(commands.startsWith("export MOODLE_AWS_REGION='eu-west-1'\nexport MOODLE_AWS_CODE_VERSION='" + COMMIT + "'\n"), commands);
        Matcher m = Pattern.compile("<<'MOODLE_AWS_BASE64'[^\\n]*\\n(.*)\\nMOODLE_AWS_BASE64\\n", Pattern.DOTALL).matcher(commands);
        assertTrue(m.find(), commands);
        byte[] gz = Base64.getMimeDecoder().decode(m.group(1));
        String script = new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(r.bundle().content(BootFiles.BAKE_SCRIPT), script);
        System.out.printf("component data %d characters of 16000; template %d bytes%n", data.length(),
                r.bundle().content(dev.moodleaws.core.bundle.Bundle.TEMPLATE).length());
    }

    @Test
    void theNamesChangeWithTheScriptTheCodeAndTheBaseImageAndFitImageBuilder() {
        Map<String, Object> t = parse(template(baked(Deployments.quickstart())));
        String name = resolve(props(t, "NodeImageRecipe").get("Name"), refs(COMMIT));
        assertEquals(name, resolve(props(t, "NodeImageBake").get("Name"), refs(COMMIT)));
        assertTrue(NAME.matcher(name).matches() && name.length() <= 128, name);
        assertTrue(name.contains(COMMIT) && name.endsWith(AMI), name);
        List<Object> buildName = list(list(((Map<?, ?>) props(t, "NodeImageBuild").get("Name")).get("Fn::Join")).get(1));
        assertEquals("moodle-aws-campus-", buildName.get(0), "the infrastructure configuration is named per stack");
        Deployment more = baked(Deployments.quickstart());
        more = more.toBuilder().moodle(more.moodle().toBuilder().php(more.moodle().php().toBuilder().memoryLimit("1G").build()).build()).build();
        String other = resolve(props(parse(template(more)), "NodeImageRecipe").get("Name"), refs(COMMIT));
        assertNotEquals(name, other, "another bake script, another name");
    }

    @Test
    void anS3VersionLosesWhatNamesCannotHold() {
        Deployment d = baked(Deployments.quickstart());
        d = d.toBuilder().moodle(d.moodle().toBuilder().code(CodeSource.builder().type(CodeSourceType.S3)
                .repository("s3://example-moodle-code/moodle-4.5.7.tgz").build()).build()).build();
        Map<String, Object> t = parse(template(d));
        String name = resolve(props(t, "NodeImageRecipe").get("Name"), refs("3HL4kq.tJlc+pX/roD=TD"));
        assertTrue(NAME.matcher(name).matches(), name);
        assertTrue(name.contains("3HL4kqtJlcpXroDTD"), name);
        assertTrue(name.length() <= 128);
        assertTrue(NAME.matcher(resolve(props(t, "NodeImageRecipe").get("Name"), refs("etag:0123abcd"))).matches());
    }

    @Test
    void aSiteInstallingAtBootHasNoImageBuilderResourcesAndPinsAnImagePerNode() {
        Map<String, Object> t = parse(template(Deployments.quickstart()));
        assertTrue(ofType(t, "AWS::ImageBuilder::Image").isEmpty() && ofType(t, "AWS::ImageBuilder::Component").isEmpty());
        assertEquals(Map.of("Ref", "WebImageId"), map(props(t, "WebLaunchTemplate"), "LaunchTemplateData").get("ImageId"));
        assertFalse(map(t, "Parameters").containsKey("BaseImageId"));
    }
}
