package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** LB-004: connection draining fits within the two-minute Spot notice without cutting requests short. */
final class DeregistrationDelayRule implements ModelRule {
    static final int SHORTEST = 60;
    static final int LONGEST = 120;

    static final RuleInfo INFO = new RuleInfo("LB-004", Severity.WARNING,
            "The deregistration delay is 60 to 120 seconds",
            "Set loadBalancer.deregistrationDelaySeconds between 60 and 120, for example 90.",
            RuleSource.GUIDE, "guide: 4. Connection Draining (Deregistration Delay 60 to 120 seconds)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int seconds = deployment.loadBalancer().deregistrationDelaySeconds();
        if (seconds < SHORTEST) {
            out.at("loadBalancer.deregistrationDelaySeconds", "loadBalancer.deregistrationDelaySeconds is " + seconds
                    + ": requests still running (uploads, reports) are cut when an instance leaves the target group.");
        } else if (seconds > LONGEST) {
            out.at("loadBalancer.deregistrationDelaySeconds", "loadBalancer.deregistrationDelaySeconds is " + seconds
                    + ": longer than the 2-minute Spot interruption notice, so the instance is gone before draining"
                    + " ends and scale-in waits needlessly (AWS's default is 300).");
        }
    }
}
