package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.descriptor.Suggestions;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** AWS-008: the region is an AWS region. */
final class RegionExists implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("AWS-008", Severity.ERROR,
            "The region is an AWS region",
            "Set region to an AWS region code such as eu-west-1; for a region newer than the bundled data,"
                    + " suppress this rule with the reason.",
            RuleSource.AWS, "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String region = deployment.region();
        if (!AwsNames.data().regions().contains(region)) {
            out.at("region", "region '" + region + "' is not an AWS region (AWS's list of " + AwsNames.data().generated()
                    + ")" + Suggestions.closest(region, AwsNames.data().regions()).map(s -> "; did you mean " + s + "?")
                    .orElse("."));
        }
    }
}
