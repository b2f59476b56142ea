package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-001: the web and stable instance types are EC2 instance types that exist. */
final class Ec2InstanceTypesExist implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-001", Severity.ERROR,
            "The web and stable instance types exist in EC2",
            "Set web.instanceTypes and stable.instanceType to EC2 instance types that exist, such as m7i.large;"
                    + " the message names the sizes of the family you wrote.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        AwsNames.reportUnknown(deployment, Offering.EC2_INSTANCE_TYPE, out);
    }
}
