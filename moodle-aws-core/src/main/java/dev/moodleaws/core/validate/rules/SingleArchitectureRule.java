package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;
import java.util.Optional;

/** FLEET-015: every web instance type runs the same CPU architecture, since one launch template has one AMI. */
final class SingleArchitectureRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-015", Severity.ERROR,
            "Web instance types share one CPU architecture",
            "List only Graviton (arm64) types such as m7g.large, t4g.large, c7g.large, or only x86_64 types such as"
                    + " m6i.large, t3.large, c6i.large, under web.instanceTypes.",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-purchase-options.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> types = deployment.web().instanceTypes();
        String first = null;
        String firstName = null;
        for (int i = 0; i < types.size(); i++) {
            Optional<Ec2InstanceType> type = Ec2InstanceType.parse(types.get(i));
            if (type.isEmpty()) {
                continue;
            }
            String architecture = type.get().architecture();
            if (first == null) {
                first = architecture;
                firstName = types.get(i);
            } else if (!first.equals(architecture)) {
                out.at("web.instanceTypes[" + i + "]", "Instance type " + types.get(i) + " is " + architecture
                        + " but " + firstName + " is " + first + ": one launch template boots one AMI, built for one"
                        + " architecture.");
            }
        }
    }
}
