package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.WebFleet;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-001: the web fleet's sizes are ordered: minSize ≤ desiredCapacity ≤ maxSize. */
final class FleetSizeOrderRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-001", Severity.ERROR,
            "Web fleet sizes satisfy minSize <= desiredCapacity <= maxSize",
            "Set web.minSize, web.desiredCapacity and web.maxSize so that minSize <= desiredCapacity <= maxSize,"
                    + " for example 2, 2 and 6.",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        WebFleet web = deployment.web();
        if (web.minSize() > web.maxSize()) {
            out.at("web.maxSize", "web.maxSize " + web.maxSize() + " is below web.minSize " + web.minSize() + ".");
        } else if (web.desiredCapacity() < web.minSize()) {
            out.at("web.desiredCapacity", "web.desiredCapacity " + web.desiredCapacity() + " is below web.minSize "
                    + web.minSize() + ".");
        } else if (web.desiredCapacity() > web.maxSize()) {
            out.at("web.desiredCapacity", "web.desiredCapacity " + web.desiredCapacity() + " is above web.maxSize "
                    + web.maxSize() + ".");
        }
    }
}
