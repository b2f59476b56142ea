package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-004: the region offers every instance type, database class and cache node type the site uses. */
final class OfferedInRegion implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-004", Severity.WARNING,
            "The region offers the instance types, database class and cache node type",
            "Choose web.instanceTypes, stable.instanceType, database.instanceClass and cache.nodeType that the"
                    + " deployment's region offers, or deploy to a region that offers them.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-regions.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String region = deployment.region();
        for (AwsNames.Named n : AwsNames.instanceNames(deployment)) {
            if (AwsNames.data().exists(n.offering(), n.name())
                    && !AwsNames.data().offeredIn(n.offering(), region, n.name()).orElse(true)) {
                out.at(n.path(), n.path() + " '" + n.name() + "' is " + AwsNames.article(n.offering().description())
                        + " that region " + region + " does not offer (AWS's list of " + AwsNames.data().generated()
                        + "): the stack would fail to create it there.");
            }
        }
    }
}
