package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-006: the web fleet lists 1 to 40 instance types, as a mixed instances policy allows. */
final class InstanceTypeCountRule implements ModelRule {
    static final int AWS_LIMIT = 40;

    static final RuleInfo INFO = new RuleInfo("FLEET-006", Severity.ERROR,
            "The web fleet lists 1 to 40 instance types",
            "List 3 to 6 instance types under web.instanceTypes (AWS accepts at most 40).",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-purchase-options.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int count = deployment.web().instanceTypes().size();
        if (count == 0) {
            out.at("web.instanceTypes", "web.instanceTypes is empty: the Auto Scaling group has nothing to launch.");
        } else if (count > AWS_LIMIT) {
            out.at("web.instanceTypes", "web.instanceTypes lists " + count + " types: a mixed instances policy"
                    + " takes at most 40 overrides.");
        }
    }
}
