package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** STABLE-010: the stable node's instance type has the form of an EC2 instance type name. */
final class StableInstanceTypeFormat extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("STABLE-010", Severity.ERROR,
            "The stable node's instance type is an EC2 instance type name",
            "Write `instanceType:` under `stable:` as <family>.<size>, for example m6i.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html");

    StableInstanceTypeFormat() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("stable.instanceType", d.stable().instanceType());
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        return Ec2InstanceType.parse(value).isPresent() ? Optional.empty() : Optional.of("not an EC2 instance type name such as m6i.large");
    }
}
