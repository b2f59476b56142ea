package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** FLEET-005: each web instance type is listed once. */
final class DistinctInstanceTypesRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-005", Severity.ERROR,
            "Each web instance type is listed once",
            "Remove the repeated entry from web.instanceTypes.",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-purchase-options.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        List<String> types = deployment.web().instanceTypes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            if (!seen.add(types.get(i))) {
                out.at("web.instanceTypes[" + i + "]", "Instance type " + types.get(i) + " is listed twice:"
                        + " the Auto Scaling group refuses duplicate launch template overrides.");
            }
        }
    }
}
