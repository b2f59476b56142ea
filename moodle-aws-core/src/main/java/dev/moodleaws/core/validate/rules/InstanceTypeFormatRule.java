package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/** FLEET-007: each web instance type is written as an EC2 type ({@code m6i.large}). */
final class InstanceTypeFormatRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-007", Severity.ERROR,
            "Web instance types are EC2 instance type names",
            "Write each entry of web.instanceTypes as <family>.<size>, for example m6i.large or c7i.xlarge.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> types = deployment.web().instanceTypes();
        for (int i = 0; i < types.size(); i++) {
            if (Ec2InstanceType.parse(types.get(i)).isEmpty()) {
                out.at("web.instanceTypes[" + i + "]", "web.instanceTypes[" + i + "] is '" + types.get(i) + "', not an EC2 instance type name"
                        + " such as m6i.large.");
            }
        }
    }
}
