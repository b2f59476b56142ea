package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.SpotAllocationStrategy;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** FLEET-009: Spot capacity is not chosen by lowest price alone. */
final class SpotAllocationStrategyRule implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("FLEET-009", Severity.WARNING,
            "Spot allocation does not use lowest-price",
            "Set web.spotAllocationStrategy: price-capacity-optimized (or remove it: it is the default).",
            RuleSource.AWS, "https://docs.aws.amazon.com/autoscaling/ec2/userguide/allocation-strategies.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.web().spotAllocationStrategy() == SpotAllocationStrategy.LOWEST_PRICE) {
            out.at("web.spotAllocationStrategy", "web.spotAllocationStrategy is lowest-price: it fills the cheapest"
                    + " pools whatever their spare capacity, which raises interruptions. It is AWS's default when the"
                    + " strategy is left out; AWS recommends price-capacity-optimized.");
        }
    }
}
