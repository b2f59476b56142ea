package dev.moodleaws.render.stack;

import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.instance.PluginInstall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The EC2 Image Builder resources of a baked site: one image, for the stable node and the web fleet,
 * per bake script, code version and base image.
 */
final class ImageBakes {
    static final String IMAGE = "NodeImage";
    static final String COMPONENT = "NodeImageBake";
    static final String RECIPE = "NodeImageRecipe";
    static final String INFRASTRUCTURE = "NodeImageBuild";
    static final String ROLE = "NodeImageBuildRole";
    static final String PROFILE = "NodeImageBuildProfile";
    static final String LOG_GROUP = "NodeImageBuildLogs";
    /** The parameter of the base image the bake starts from, pinned by plan and deploy. */
    static final String BASE_IMAGE = "BaseImageId";
    /** Where the bake script goes on the build instance. */
    static final String SCRIPT = "/tmp/moodle-aws-bake.sh";
    /** What an S3 version ID or an {@code etag:} pin may hold that an Image Builder name may not. */
    static final List<String> NOT_IN_NAMES = List.of(".", "+", "/", "=", ":");
    /** A build instance type per architecture, when the descriptor names none: general purpose, widely offered. */
    static final String BUILD_TYPE_X86 = "m6i.large";
    static final String BUILD_TYPE_ARM = "m6g.large";

    /** What the build instance needs: Image Builder's instance policy (its logs too) and Systems Manager's. */
    static final List<String> BUILD_POLICIES = List.of("EC2InstanceProfileForImageBuilder", "AmazonSSMManagedInstanceCore");

    private static final String INDENT = "              ";

    private ImageBakes() {
    }

    /** The bake of {@code d}'s image running {@code bakeScript}, its build instance in {@code network}. */
    static StackView.ImageBake of(Deployment d, String bakeScript, StackView.Network network) {
        String prefix = "moodle-aws-" + d.name() + "-" + digest(bakeScript + d.images().bakeTimeoutMinutes()) + "-";
        Value code = Value.ref(LogicalIds.CODE_VERSION);
        Value codeInName = code;
        if (d.moodle().code().type() == CodeSourceType.S3) {
            for (String c : NOT_IN_NAMES) {
                codeInName = Value.without(c, codeInName);
            }
        }
        Value name = Value.join(Value.literal(prefix), codeInName, Value.literal("-"), Value.ref(BASE_IMAGE));
        return new StackView.ImageBake(IMAGE, COMPONENT, RECIPE, INFRASTRUCTURE, ROLE, PROFILE, LOG_GROUP,
                Value.join(Value.literal("/aws/imagebuilder/"), Value.ref("AWS::StackName")),
                d.monitoring().logRetentionDays(), name,
                Value.join(Value.literal("moodle-aws-" + d.name() + "-"), Value.stackIdPart()),
                componentData(bakeScript, d.images().bakeTimeoutMinutes() * 60, code), Value.ref(BASE_IMAGE),
                buildInstanceType(d), network.privateSubnets().get(0), LogicalIds.WEB_SG, StackViews.codeObjects(d),
                BUILD_POLICIES.stream().map(p -> Value.arn(Value.literal(":iam::aws:policy/" + p))).toList());
    }

    /** The descriptor's build instance type, or one of the stable node's architecture. */
    static String buildInstanceType(Deployment d) {
        String type = d.images().buildInstanceType();
        if (type != null) {
            return type;
        }
        return Machines.architecture(d.stable().instanceType()).equals("arm64") ? BUILD_TYPE_ARM : BUILD_TYPE_X86;
    }

    /**
     * The component document: one ExecuteBash step that writes the bake script (gzipped, base64) and
     * runs it with the region and the pinned code version, as the boot scripts get them.
     */
    static Value componentData(String bakeScript, int timeoutSeconds, Value codeVersion) {
        StringBuilder head = new StringBuilder()
                .append("name: moodle-aws-bake\n")
                .append("description: Installs what every Moodle node runs, once\n")
                .append("schemaVersion: 1.0\n")
                .append("phases:\n")
                .append("  - name: build\n")
                .append("    steps:\n")
                .append("      - name: Bake\n")
                .append("        action: ExecuteBash\n")
                .append("        timeoutSeconds: ").append(timeoutSeconds).append('\n')
                .append("        inputs:\n")
                .append("          commands:\n")
                .append("            - |\n")
                .append(INDENT).append("export MOODLE_AWS_REGION='");
        StringBuilder tail = new StringBuilder("'\n")
                .append(INDENT).append("base64 -d <<'MOODLE_AWS_BASE64' | gunzip > ").append(SCRIPT).append('\n');
        PluginInstall.archive(bakeScript).lines().forEach(l -> tail.append(INDENT).append(l).append('\n'));
        tail.append(INDENT).append("MOODLE_AWS_BASE64\n")
                .append(INDENT).append("bash ").append(SCRIPT).append('\n');
        return Value.join(Value.literal(head.toString()), Value.ref("AWS::Region"),
                Value.literal("'\n" + INDENT + "export MOODLE_AWS_CODE_VERSION='"), codeVersion,
                Value.literal(tail.toString()));
    }

    /** The first ten hex digits of the SHA-256 of {@code text}. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
