package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerRulesTest {

    @Test
    void lb001NoCertificateFails() {
        assertFindsOne(new CertificatePresentRule(), Infra.loadBalancer(lb -> lb.certificateArn(null)),
                "loadBalancer.certificateArn", "missing");
    }

    @Test
    void lb001CertificatePasses() {
        assertPasses(new CertificatePresentRule(), Infra.valid());
    }

    @Test
    void lb002MalformedOrForeignCertificateFails() {
        assertFindsOne(new CertificateArnRule(), Infra.loadBalancer(lb -> lb.certificateArn("my-cert")),
                "loadBalancer.certificateArn", "my-cert");
        Finding f = assertFindsOne(new CertificateArnRule(), Infra.loadBalancer(lb -> lb.certificateArn(
                "arn:aws:acm:us-east-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666")),
                "loadBalancer.certificateArn", "us-east-1");
        assertTrue(f.message().contains("eu-west-1"), f.message());
        assertFindsOne(new CertificateArnRule(), Infra.loadBalancer(lb -> lb.certificateArn(
                "arn:aws:iam::123456789012:server-certificate/learn")), "loadBalancer.certificateArn", "server-certificate");
    }

    @Test
    void lb002CertificateOfTheRegionPasses() {
        assertPasses(new CertificateArnRule(), Infra.valid());
        assertPasses(new CertificateArnRule(), Infra.loadBalancer(lb -> lb.certificateArn(null)));
    }

    @Test
    void lb003NoRedirectWarns() {
        assertFindsOne(new HttpsRedirectRule(), Infra.loadBalancer(lb -> lb.httpToHttpsRedirect(false)),
                "loadBalancer.httpToHttpsRedirect", "false");
    }

    @Test
    void lb003RedirectPasses() {
        assertPasses(new HttpsRedirectRule(), Infra.loadBalancer(lb -> lb.httpToHttpsRedirect(true)));
    }

    @Test
    void lb004DrainingOutsideTheSpotNoticeWarns() {
        assertFindsOne(new DeregistrationDelayRule(), Infra.loadBalancer(lb -> lb.deregistrationDelaySeconds(300)),
                "loadBalancer.deregistrationDelaySeconds", "is 300");
        assertFindsOne(new DeregistrationDelayRule(), Infra.loadBalancer(lb -> lb.deregistrationDelaySeconds(30)),
                "loadBalancer.deregistrationDelaySeconds", "is 30");
    }

    @Test
    void lb004DrainingWithinTheSpotNoticePasses() {
        assertPasses(new DeregistrationDelayRule(), Infra.loadBalancer(lb -> lb.deregistrationDelaySeconds(60)));
        assertPasses(new DeregistrationDelayRule(), Infra.loadBalancer(lb -> lb.deregistrationDelaySeconds(120)));
    }

    @Test
    void lb005TimeoutNotBelowIntervalFails() {
        assertFindsOne(new HealthCheckTimeoutRule(), Infra.healthCheck(hc -> hc.intervalSeconds(10).timeoutSeconds(10)),
                "loadBalancer.healthCheck.timeoutSeconds", "10 is not below intervalSeconds 10");
    }

    @Test
    void lb005TimeoutBelowIntervalPasses() {
        assertPasses(new HealthCheckTimeoutRule(), Infra.healthCheck(hc -> hc.intervalSeconds(10).timeoutSeconds(9)));
    }

    @Test
    void lb006OtherThanGuideValuesAreNoted() {
        assertFindsOne(new HealthCheckGuideDefaultsRule(), Infra.healthCheck(hc -> hc.intervalSeconds(15)),
                "loadBalancer.healthCheck.intervalSeconds", "is 15");
        assertFindsOne(new HealthCheckGuideDefaultsRule(), Infra.healthCheck(hc -> hc.healthyThreshold(5)),
                "loadBalancer.healthCheck.healthyThreshold", "is 5");
        assertEquals(2, check(new HealthCheckGuideDefaultsRule(),
                Infra.healthCheck(hc -> hc.intervalSeconds(60).healthyThreshold(3))).size());
    }

    @Test
    void lb006GuideValuesPass() {
        assertPasses(new HealthCheckGuideDefaultsRule(), Infra.healthCheck(hc -> hc.intervalSeconds(30).healthyThreshold(2)));
    }

    @Test
    void lb007RelativePathFails() {
        assertFindsOne(new HealthCheckPathRule(), Infra.healthCheck(hc -> hc.path("login/index.php")),
                "loadBalancer.healthCheck.path", "login/index.php");
        assertFindsOne(new HealthCheckPathRule(), Infra.healthCheck(hc -> hc.path("https://learn.example.org/")),
                "loadBalancer.healthCheck.path", "https://learn.example.org/");
    }

    @Test
    void lb007AbsolutePathPasses() {
        assertPasses(new HealthCheckPathRule(), Infra.healthCheck(hc -> hc.path("/admin/tool/heartbeat/")));
    }

    @Test
    void lb008OldTlsPolicyWarns() {
        assertFindsOne(new TlsPolicyRule(), Infra.loadBalancer(lb -> lb.sslPolicy("ELBSecurityPolicy-2016-08")),
                "loadBalancer.sslPolicy", "ELBSecurityPolicy-2016-08");
        assertFindsOne(new TlsPolicyRule(), Infra.loadBalancer(lb -> lb.sslPolicy(null)),
                "loadBalancer.sslPolicy", "ELBSecurityPolicy-2016-08");
    }

    @Test
    void lb008Tls13PolicyPasses() {
        assertPasses(new TlsPolicyRule(), Infra.loadBalancer(lb -> lb.sslPolicy("ELBSecurityPolicy-TLS13-1-2-Res-2021-06")));
    }

    @Test
    void lb009KeptInvalidHeadersWarn() {
        assertFindsOne(new DropInvalidHeadersRule(), Infra.loadBalancer(lb -> lb.dropInvalidHeaders(false)),
                "loadBalancer.dropInvalidHeaders", "false");
    }

    @Test
    void lb009DroppedInvalidHeadersPass() {
        assertPasses(new DropInvalidHeadersRule(), Infra.loadBalancer(lb -> lb.dropInvalidHeaders(true)));
    }

    @Test
    void lb010NoAllowedNetworkFails() {
        assertFindsOne(new AllowedCidrsPresentRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of())),
                "loadBalancer.allowedCidrs", "empty");
    }

    @Test
    void lb010AllowedNetworkPasses() {
        assertPasses(new AllowedCidrsPresentRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of("203.0.113.0/24"))));
    }

    @Test
    void lb011MalformedCidrFails() {
        assertFindsOne(new AllowedCidrFormatRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of("10.0.0.0/8", "203.0.113.7"))),
                "loadBalancer.allowedCidrs[1]", "203.0.113.7");
        Finding f = assertFindsOne(new AllowedCidrFormatRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of("203.0.113.7/24"))),
                "loadBalancer.allowedCidrs[0]", "203.0.113.7/24");
        assertTrue(f.message().contains("203.0.113.0/24"), f.message());
        assertFindsOne(new AllowedCidrFormatRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of("10.0.0.0/33"))),
                "loadBalancer.allowedCidrs[0]", "10.0.0.0/33");
    }

    @Test
    void lb011WellFormedCidrsPass() {
        assertPasses(new AllowedCidrFormatRule(), Infra.loadBalancer(lb -> lb.allowedCidrs(List.of("0.0.0.0/0", "198.51.100.7/32"))));
    }

    @Test
    void lb012ShortIdleTimeoutIsNoted() {
        assertFindsOne(new IdleTimeoutRule(), Infra.loadBalancer(lb -> lb.idleTimeoutSeconds(30)),
                "loadBalancer.idleTimeoutSeconds", "is 30");
    }

    @Test
    void lb012IdleTimeoutOfAMinutePasses() {
        assertPasses(new IdleTimeoutRule(), Infra.loadBalancer(lb -> lb.idleTimeoutSeconds(60)));
    }

    @Test
    void lb013ValuesOutsideAwsLimitsFail() {
        assertFindsOne(new TargetGroupLimitsRule(), Infra.healthCheck(hc -> hc.intervalSeconds(400)),
                "loadBalancer.healthCheck.intervalSeconds", "is 400");
        assertFindsOne(new TargetGroupLimitsRule(), Infra.healthCheck(hc -> hc.unhealthyThreshold(1)),
                "loadBalancer.healthCheck.unhealthyThreshold", "is 1");
        assertFindsOne(new TargetGroupLimitsRule(), Infra.healthCheck(hc -> hc.matcher("200-600")),
                "loadBalancer.healthCheck.matcher", "200-600");
        assertFindsOne(new TargetGroupLimitsRule(), Infra.healthCheck(hc -> hc.matcher("ok")),
                "loadBalancer.healthCheck.matcher", "ok");
        assertFindsOne(new TargetGroupLimitsRule(), Infra.loadBalancer(lb -> lb.deregistrationDelaySeconds(4000)),
                "loadBalancer.deregistrationDelaySeconds", "is 4000");
        assertFindsOne(new TargetGroupLimitsRule(), Infra.loadBalancer(lb -> lb.idleTimeoutSeconds(0)),
                "loadBalancer.idleTimeoutSeconds", "is 0");
    }

    @Test
    void lb013ValuesWithinAwsLimitsPass() {
        assertPasses(new TargetGroupLimitsRule(), Infra.healthCheck(hc -> hc.intervalSeconds(5).timeoutSeconds(2)
                .healthyThreshold(10).unhealthyThreshold(2).matcher("200-399,401")));
    }
}
