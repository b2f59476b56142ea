package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-003: the web fleet diversifies over 3 to 6 instance types. */
final class InstanceTypeDiversityRule implements ModelRule {
    static final int FEWEST = 3;
    static final int MOST = 6;

    static final RuleInfo INFO = new RuleInfo("FLEET-003", Severity.WARNING,
            "The web fleet uses 3 to 6 instance types",
            "List 3 to 6 instance types under web.instanceTypes, for example m6i.large, m5.large, t3.large, c6i.large.",
            RuleSource.GUIDE, "guide: 3. Configure the Spot Fleet (3 to 6 instance types across t, m, and c families)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        int count = deployment.web().instanceTypes().size();
        if (count == 0) {
            return; // FLEET-006 reports an empty list
        }
        if (count < FEWEST) {
            out.at("web.instanceTypes", "web.instanceTypes lists " + count + " type(s): fewer Spot pools means more"
                    + " interruptions and capacity shortages; the guide asks for 3 to 6.");
        } else if (count > MOST) {
            out.at("web.instanceTypes", "web.instanceTypes lists " + count + " types: beyond 6, sizes and"
                    + " performance vary too much for one scaling policy; the guide asks for 3 to 6.");
        }
    }
}
