package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-002: the web fleet keeps at least two instances, one per availability zone. */
final class FleetMinimumSizeRule implements ModelRule {
    static final int MINIMUM = 2;

    static final RuleInfo INFO = new RuleInfo("FLEET-002", Severity.ERROR,
            "The web fleet keeps at least two instances",
            "Set web.minSize: 2 (or more).",
            RuleSource.GUIDE, "guide: 3. Configure the Spot Fleet (ASG in at least two Availability Zones; min 2)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int minSize = deployment.web().minSize();
        if (minSize < MINIMUM) {
            out.at("web.minSize", "web.minSize is " + minSize + ": with fewer than two web instances (one per zone),"
                    + " a single Spot interruption or zone outage takes the site down.");
        }
    }
}
