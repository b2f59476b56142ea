package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.MailSecurity;
import dev.moodleaws.core.validate.Finding;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MailRulesTest {
    private static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:smtp-relay-AbCdEf";

    private static Deployment mail(UnaryOperator<Mail.Builder> change) {
        return moodle(m -> m.mail(change.apply(Mail.builder()).build()));
    }

    private static Deployment ses(UnaryOperator<Mail.Builder> change) {
        return mail(b -> change.apply(b.mode(MailMode.SES)));
    }

    private static Deployment relay(UnaryOperator<Mail.Builder> change) {
        return mail(b -> change.apply(b.mode(MailMode.RELAY).host("smtp.example.org")));
    }

    @Test
    void sesOutsideItsRegionsIsAnError() {
        Deployment d = ses(b -> b).toBuilder().region("ap-east-1").build();
        assertFindsOne(new SesRegion(), d, "moodle.mail.mode", "ap-east-1");
    }

    @Test
    void sesInARegionItServesPasses() {
        assertPasses(new SesRegion(), ses(b -> b));
        assertPasses(new SesRegion(), valid().toBuilder().region("ap-east-1").build());
    }

    @Test
    void noReplyAddressOutsideTheIdentityIsAnError() {
        assertFindsOne(new SesNoReplyInDomain(), ses(b -> b.domain("example.org").noReplyAddress("noreply@example.com")),
                "moodle.mail.noReplyAddress", "noreply@example.com");
        assertFindsOne(new SesNoReplyInDomain(), ses(b -> b.domain("mail.example.org").noReplyAddress("noreply@example.org")),
                "moodle.mail.noReplyAddress", "mail.example.org");
    }

    @Test
    void noReplyAddressInTheIdentityOrASubdomainPasses() {
        assertPasses(new SesNoReplyInDomain(), ses(b -> b.domain("example.org").noReplyAddress("noreply@Example.org")));
        assertPasses(new SesNoReplyInDomain(), ses(b -> b.domain("example.org").noReplyAddress("noreply@learn.example.org")));
        assertPasses(new SesNoReplyInDomain(), ses(b -> b.noReplyAddress("noreply@example.org")));
        assertPasses(new SesNoReplyInDomain(), ses(b -> b));
        assertPasses(new SesNoReplyInDomain(), relay(b -> b.domain("example.org").noReplyAddress("noreply@example.com")));
    }

    @Test
    void sesWarnsOfTheSandbox() {
        Finding f = assertFindsOne(new SesSandbox(), ses(b -> b), "moodle.mail.mode", "eu-west-1");
        assertTrue(f.message().contains("sandbox"), f.message());
    }

    @Test
    void aRelayHasNoSandbox() {
        assertPasses(new SesSandbox(), relay(b -> b));
        assertPasses(new SesSandbox(), valid());
    }

    @Test
    void aRelayWithoutHostIsAnError() {
        assertFindsOne(new RelayNamesHost(), mail(b -> b.mode(MailMode.RELAY)), "moodle.mail", "relay");
    }

    @Test
    void aRelayWithHostPasses() {
        assertPasses(new RelayNamesHost(), relay(b -> b));
        assertPasses(new RelayNamesHost(), ses(b -> b));
    }

    @Test
    void aUserWithoutSecretOrASecretWithoutUserIsAnError() {
        assertFindsOne(new RelayCredentialsComplete(), relay(b -> b.user("moodle")), "moodle.mail.user", "moodle");
        assertFindsOne(new RelayCredentialsComplete(), relay(b -> b.passwordSecretArn(SECRET)),
                "moodle.mail.passwordSecretArn", SECRET);
    }

    @Test
    void aSecretOfAnotherRegionIsAnError() {
        String other = SECRET.replace("eu-west-1", "us-east-1");
        assertFindsOne(new RelayCredentialsComplete(), relay(b -> b.user("moodle").passwordSecretArn(other)),
                "moodle.mail.passwordSecretArn", "us-east-1");
    }

    @Test
    void completeCredentialsOrNonePass() {
        assertPasses(new RelayCredentialsComplete(), relay(b -> b.user("moodle").passwordSecretArn(SECRET)));
        assertPasses(new RelayCredentialsComplete(), relay(b -> b));
    }


    @Test
    void aLoginInClearTextIsAWarning() {
        assertFindsOne(new RelayPasswordOverTls(),
                relay(b -> b.security(MailSecurity.NONE).user("moodle").passwordSecretArn(SECRET)), "moodle.mail.security", "moodle");
    }

    @Test
    void aLoginOverTlsOrNoLoginPasses() {
        assertPasses(new RelayPasswordOverTls(), relay(b -> b.user("moodle").passwordSecretArn(SECRET)));
        assertPasses(new RelayPasswordOverTls(), relay(b -> b.security(MailSecurity.NONE)));
    }
}
