package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** LB-020: the HTTPS listener's TLS policy has the form of an ELB security policy name. */
final class SslPolicyShape extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("LB-020", Severity.ERROR,
            "The TLS policy is an ELB security policy name",
            "Write `sslPolicy:` under `loadBalancer:` as an ELB security policy name such as ELBSecurityPolicy-TLS13-1-2-2021-06.",
            RuleSource.AWS, "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html");

    private static final Pattern POLICY = Pattern.compile("ELBSecurityPolicy-[A-Za-z0-9-]{1,100}");
    SslPolicyShape() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("loadBalancer.sslPolicy", d.loadBalancer().sslPolicy());
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        return value.isBlank() || POLICY.matcher(value).matches() ? Optional.empty()
                : Optional.of("an ELB security policy name is ELBSecurityPolicy-... with letters, digits and -");
    }
}
