package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LB-002: the certificate is an ACM certificate in the load balancer's region. */
final class CertificateArnRule implements ModelRule {
    private static final Pattern ACM_ARN = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:acm:([a-z]{2}(?:-[a-z]+)+-\\d):(\\d{12}):certificate/[0-9a-f-]{36}");

    static final RuleInfo INFO = new RuleInfo("LB-002", Severity.ERROR,
            "The certificate is an ACM certificate in the deployment's region",
            "Set loadBalancer.certificateArn to the ARN of an ACM certificate in the deployment's region:"
                    + " arn:aws:acm:<region>:<account>:certificate/<id>.",
            RuleSource.AWS, "https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String arn = deployment.loadBalancer().certificateArn();
        if (arn == null || arn.isBlank()) {
            return; // LB-001 reports the missing certificate
        }
        Matcher m = ACM_ARN.matcher(arn);
        if (!m.matches()) {
            out.at("loadBalancer.certificateArn", "loadBalancer.certificateArn '" + arn + "' is not an ACM"
                    + " certificate ARN (arn:aws:acm:<region>:<12-digit account>:certificate/<id>).");
        } else if (!m.group(1).equals(deployment.region())) {
            out.at("loadBalancer.certificateArn", "loadBalancer.certificateArn is in region " + m.group(1)
                    + " but the site is in " + deployment.region() + ": a load balancer uses only ACM certificates"
                    + " of its own region (request or import the certificate again in " + deployment.region() + ").");
        }
    }
}
