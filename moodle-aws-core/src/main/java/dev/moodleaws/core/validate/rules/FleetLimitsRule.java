package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-016: the web fleet's numbers are within what AWS accepts. */
final class FleetLimitsRule implements ModelRule {
    static final int SMALLEST_ROOT_GB = 8;
    static final int LARGEST_ROOT_GB = 16_384;

    static final RuleInfo INFO = new RuleInfo("FLEET-016", Severity.ERROR,
            "Web fleet numbers are within AWS limits",
            "Keep web.onDemandPercentageAboveBase within 0 to 100, web.onDemandBaseCapacity at 0 or more, and"
                    + " web.rootVolumeGb within 8 to 16384 (20 is the default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-instancesdistribution.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        WebFleet web = deployment.web();
        if (web.onDemandPercentageAboveBase() < 0 || web.onDemandPercentageAboveBase() > 100) {
            out.at("web.onDemandPercentageAboveBase", "web.onDemandPercentageAboveBase is "
                    + web.onDemandPercentageAboveBase() + ": a percentage from 0 to 100.");
        }
        if (web.onDemandBaseCapacity() < 0) {
            out.at("web.onDemandBaseCapacity", "web.onDemandBaseCapacity is " + web.onDemandBaseCapacity()
                    + ": a number of instances, 0 or more.");
        }
        if (web.rootVolumeGb() < SMALLEST_ROOT_GB || web.rootVolumeGb() > LARGEST_ROOT_GB) {
            out.at("web.rootVolumeGb", "web.rootVolumeGb is " + web.rootVolumeGb() + ": the root volume must hold"
                    + " the 8 GiB AMI snapshot, and gp3 volumes reach at most 16384 GiB.");
        }
    }
}
