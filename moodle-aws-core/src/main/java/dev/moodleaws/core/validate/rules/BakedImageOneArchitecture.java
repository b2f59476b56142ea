package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Optional;

/**
 * IMG-002: a baked image is one image for the stable node and the web fleet (the same code, byte for
 * byte, on every node), so both run one CPU architecture, and the build instance runs it too.
 */
final class BakedImageOneArchitecture implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("IMG-002", Severity.ERROR,
            "A baked image serves one CPU architecture",
            "Give stable.instanceType, web.instanceTypes and images.buildInstanceType one architecture: all Graviton"
                    + " (arm64, such as m7g.large) or all x86_64 (such as m6i.large).",
            RuleSource.AWS, "https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-infra-config.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (!deployment.images().baked()) {
            return;
        }
        Optional<Ec2InstanceType> stable = Ec2InstanceType.parse(deployment.stable().instanceType());
        if (stable.isEmpty()) {
            return;
        }
        String architecture = stable.get().architecture();
        var types = deployment.web().instanceTypes();
        for (int i = 0; i < types.size(); i++) {
            Optional<Ec2InstanceType> web = Ec2InstanceType.parse(types.get(i));
            if (web.isPresent() && !web.get().architecture().equals(architecture)) {
                out.at("web.instanceTypes[" + i + "]", "web instance type " + types.get(i) + " is "
                        + web.get().architecture() + " but stable.instanceType " + stable.get().name() + " is "
                        + architecture + ": one baked image boots both.");
                return;
            }
        }
        String build = deployment.images().buildInstanceType();
        if (build == null) {
            return;
        }
        Optional<Ec2InstanceType> builder = Ec2InstanceType.parse(build);
        if (builder.isEmpty()) {
            out.at("images.buildInstanceType", "images.buildInstanceType " + build + " is not an instance type name"
                    + " such as m6i.large.");
        } else if (!builder.get().architecture().equals(architecture)) {
            out.at("images.buildInstanceType", "images.buildInstanceType " + build + " is "
                    + builder.get().architecture() + " but the nodes are " + architecture
                    + ": the build instance boots the nodes' base image.");
        }
    }
}
