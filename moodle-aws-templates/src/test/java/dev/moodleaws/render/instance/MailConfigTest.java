package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Mail;
import dev.moodleaws.core.model.MailMode;
import dev.moodleaws.core.model.MailSecurity;
import dev.moodleaws.core.bundle.BootFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moodle's outgoing mail in the rendered config.php and boot scripts, run with PHP and stand-in secrets. */
class MailConfigTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:relay-AbCdEf";
    /** An access key of the documentation's example shape, never a real one. */
    private static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @BeforeAll
    static void php() {
        Tools.assumeInstalled("php");
    }

    private static Deployment mail(UnaryOperator<Mail.Builder> change) {
        return Fixtures.deployment(m -> m.mail(change.apply(Mail.builder()).build()));
    }

    /** The SES SMTP password of a secret access key, computed here the way the SES developer guide states it. */
    static String sesPassword(String secretAccessKey, String region) throws Exception {
        byte[] key = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        for (String part : List.of("11111111", region, "ses", "aws4_request", "SendRawEmail")) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            key = mac.doFinal(part.getBytes(StandardCharsets.UTF_8));
        }
        byte[] versioned = new byte[key.length + 1];
        versioned[0] = 0x04;
        System.arraycopy(key, 0, versioned, 1, key.length);
        return Base64.getEncoder().encodeToString(versioned);
    }

    private static JsonNode run(Deployment d, Path dir, String secretValue) throws Exception {
        Path secret = dir.resolve("mail-secret");
        // As the boot script writes it: the CLI's text output ends with a newline.
        Files.writeString(secret, secretValue + "\n");
        return ConfigPhpTest.run(d, dir, Map.of(ConfigPhpModel.MAIL_SECRET_VARIABLE, secret.toString()));
    }

    @Test
    void sesLogsInWithTheAccessKeyAndTheDerivedPassword(@TempDir Path dir) throws Exception {
        Deployment d = mail(b -> b.mode(MailMode.SES).noReplyAddress("noreply@example.org"));
        JsonNode cfg = run(d, dir, "{\"accessKeyId\":\"" + ACCESS_KEY_ID + "\",\"secretAccessKey\":\"" + SECRET_ACCESS_KEY + "\"}");
        assertEquals("email-smtp.eu-west-1.amazonaws.com:587", cfg.get("smtphosts").asText());
        assertEquals("tls", cfg.get("smtpsecure").asText(), "STARTTLS on the submission port");
        assertEquals("LOGIN", cfg.get("smtpauthtype").asText());
        assertEquals(ACCESS_KEY_ID, cfg.get("smtpuser").asText());
        assertEquals(sesPassword(SECRET_ACCESS_KEY, "eu-west-1"), cfg.get("smtppass").asText());
        assertEquals(44, cfg.get("smtppass").asText().length(), "33 bytes in base64");
        assertEquals("noreply@example.org", cfg.get("noreplyaddress").asText());
    }

    @Test
    void theSesPasswordDependsOnTheRegion() throws Exception {
        assertFalse(sesPassword(SECRET_ACCESS_KEY, "eu-west-1").equals(sesPassword(SECRET_ACCESS_KEY, "us-east-1")));
    }

    @Test
    void sesDefaultsTheNoReplyAddressToTheIdentitysDomain(@TempDir Path dir) throws Exception {
        Deployment d = mail(b -> b.mode(MailMode.SES).domain("mail.example.org"));
        JsonNode cfg = run(d, dir, "{\"accessKeyId\":\"a\",\"secretAccessKey\":\"b\"}");
        assertEquals("noreply@mail.example.org", cfg.get("noreplyaddress").asText());
    }

    @Test
    void aRelayLogsInWithItsUserAndThePasswordFromTheSecret(@TempDir Path dir) throws Exception {
        String hostile = "pa'ss\"word $(id) `id` \\ ?> <?php";
        Deployment d = mail(b -> b.mode(MailMode.RELAY).host("smtp.example.org").port(465).security(MailSecurity.TLS)
                .user("moodle'; system('id'); //").passwordSecretArn(SECRET_ARN));
        JsonNode cfg = run(d, dir, hostile);
        assertEquals("smtp.example.org:465", cfg.get("smtphosts").asText());
        assertEquals("ssl", cfg.get("smtpsecure").asText(), "TLS from the first byte");
        assertEquals("moodle'; system('id'); //", cfg.get("smtpuser").asText());
        assertEquals(hostile, cfg.get("smtppass").asText());
        assertFalse(cfg.has("noreplyaddress"), "Moodle's own default");
        String config = Fixtures.render(d).files().stream().filter(f -> f.path().equals(BootFiles.CONFIG_PHP))
                .findFirst().orElseThrow().content();
        assertFalse(config.contains(hostile), "the password is never rendered");
    }

    @Test
    void aRelayWithoutUserSendsWithoutLoggingIn(@TempDir Path dir) throws Exception {
        Deployment d = mail(b -> b.mode(MailMode.RELAY).host("relay.internal.example.org").port(25).security(MailSecurity.NONE));
        JsonNode cfg = ConfigPhpTest.run(d, dir);
        assertEquals("relay.internal.example.org:25", cfg.get("smtphosts").asText());
        assertEquals("", cfg.get("smtpsecure").asText());
        assertFalse(cfg.has("smtpuser"), "Moodle logs in only with a user");
        assertFalse(cfg.has("smtppass"));
    }

    @Test
    void withoutMailMoodleKeepsItsOwnSettings(@TempDir Path dir) throws Exception {
        JsonNode cfg = ConfigPhpTest.run(Fixtures.deployment(), dir);
        for (String name : List.of("smtphosts", "smtpsecure", "smtpauthtype", "smtpuser", "smtppass", "noreplyaddress")) {
            assertFalse(cfg.has(name), name);
        }
    }

    @Test
    void theBootScriptsWriteTheSecretOnlyWhenMoodleLogsIn() {
        Deployment ses = mail(b -> b.mode(MailMode.SES));
        for (String script : List.of(Fixtures.render(ses).webUserData(), Fixtures.render(ses).stableUserData())) {
            assertTrue(script.contains("retry secret_to \"$MOODLE_AWS_MAIL_SECRET_ARN\" " + ConfigPhpModel.MAIL_SECRET_FILE
                    + ".new\nchown \"root:$WEB_USER\" " + ConfigPhpModel.MAIL_SECRET_FILE + ".new\nchmod 0640 "),
                    "readable by root alone from creation, then by the web group");
            assertTrue(script.contains("mv -f " + ConfigPhpModel.MAIL_SECRET_FILE + ".new " + ConfigPhpModel.MAIL_SECRET_FILE));
            assertTrue(script.indexOf(ConfigPhpModel.MAIL_SECRET_FILE) < script.indexOf("/config.php\" <<"),
                    "the secret is in place before config.php");
        }
        Deployment relay = mail(b -> b.mode(MailMode.RELAY).host("relay.example.org"));
        assertFalse(Fixtures.render(relay).webUserData().contains("MOODLE_AWS_MAIL_SECRET_ARN"));
        assertFalse(Fixtures.render(Fixtures.deployment()).stableUserData().contains("MOODLE_AWS_MAIL_SECRET_ARN"));
    }

    private static String runbook(Deployment d) {
        return Fixtures.render(d).files().stream().filter(f -> f.path().equals(BootFiles.RUNBOOK)).findFirst().orElseThrow().content();
    }

    @Test
    void theRunbookSaysWhatMailNeeds() {
        String ses = runbook(mail(b -> b.mode(MailMode.SES).domain("example.org")));
        assertTrue(ses.contains("Add the three DKIM records to the DNS of `example.org`"), ses);
        assertTrue(ses.contains("MailDkimRecord1"));
        assertTrue(ses.contains("sandbox"));
        String relay = runbook(mail(b -> b.mode(MailMode.RELAY).host("smtp.example.org").user("moodle").passwordSecretArn(SECRET_ARN)));
        assertTrue(relay.contains("`smtp.example.org:587`"), relay);
        assertTrue(relay.contains(SECRET_ARN));
        String none = runbook(Fixtures.deployment());
        assertTrue(none.contains("Could not instantiate mail function"), none);
        assertTrue(none.contains("moodle.mail.mode: relay"));
    }
}
