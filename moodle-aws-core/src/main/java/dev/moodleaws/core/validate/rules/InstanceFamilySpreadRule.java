package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Set;
import java.util.TreeSet;

/** FLEET-004: the web instance types span at least two of the t, m and c families. */
final class InstanceFamilySpreadRule implements ModelRule {
    private static final Set<String> GUIDE_FAMILIES = Set.of("t", "m", "c");

    static final RuleInfo INFO = new RuleInfo("FLEET-004", Severity.WARNING,
            "Web instance types span two or more of the t, m and c families",
            "Add types of another family to web.instanceTypes, for example m6i.large, t3.large and c6i.large.",
            RuleSource.GUIDE, "guide: 3. Configure the Spot Fleet (3 to 6 instance types across t, m, and c families)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.web().instanceTypes().isEmpty()) {
            return;
        }
        Set<String> families = new TreeSet<>();
        for (String name : deployment.web().instanceTypes()) {
            Ec2InstanceType.parse(name).map(Ec2InstanceType::series).filter(GUIDE_FAMILIES::contains).ifPresent(families::add);
        }
        if (families.size() < 2) {
            out.at("web.instanceTypes", "web.instanceTypes " + deployment.web().instanceTypes() + " cover "
                    + (families.isEmpty() ? "none" : "only " + String.join(", ", families)) + " of the t, m and c"
                    + " families: Spot pools of one family tend to run short together.");
        }
    }
}
