package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * IMG-001: a Spot fleet that can grow past a few nodes boots from a baked image: installing at boot
 * takes minutes per replacement and depends on the package mirrors, GitHub and the AWS CLI download
 * answering during every interruption and every scale-out.
 */
final class InstallAtBootLargeSpotFleet implements ModelRule {
    /** The most Spot nodes a fleet that installs at boot may reach without a warning (the default fleet's maximum). */
    static final int MAX_SPOT_NODES = 6;

    static final RuleInfo INFO = new RuleInfo("IMG-001", Severity.WARNING,
            "A Spot fleet larger than a few nodes boots from a baked image",
            "Set images.mode: baked, or keep the fleet at most " + MAX_SPOT_NODES + " Spot nodes.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int spot = spotNodes(deployment.web());
        if (!deployment.images().baked() && spot > MAX_SPOT_NODES) {
            out.at("images.mode", "images.mode is install-at-boot while the web fleet can run " + spot
                    + " Spot nodes: each replacement installs packages and fetches the code before it serves"
                    + " (minutes, and only while the mirrors, GitHub and the CLI download answer).");
        }
    }

    /** The most Spot nodes the fleet can run at its maximum size. */
    static int spotNodes(WebFleet w) {
        int aboveBase = Math.max(0, w.maxSize() - w.onDemandBaseCapacity());
        int onDemandAbove = (aboveBase * w.onDemandPercentageAboveBase() + 99) / 100;
        return aboveBase - onDemandAbove;
    }
}
