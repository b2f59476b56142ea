package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** STABLE-010: the stable node's instance type has the form of an EC2 instance type name. */
final class StableInstanceTypeFormat extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("STABLE-010", Severity.ERROR,
            "The stable node's instance type is an EC2 instance type name",
            "Write `instanceType:` under `stable:` as <family>.<size>, for example m6i.large.",
            RuleSource.AWS, "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html");
    /** The form only (whether the type exists is AWS-001's question), and nothing that means anything in Markdown or Mermaid. */
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,30}\\.[a-z0-9-]{1,30}");

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
        return SHAPE.matcher(value).matches() ? Optional.empty()
                : Optional.of("not of the form <family>.<size> of lower-case letters, digits and '-', such as m6i.large");
    }
}
