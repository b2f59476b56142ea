package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.network;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static dev.moodleaws.core.validate.rules.RuleAssert.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LiteralSecret;
import dev.moodleaws.core.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

    private static Deployment withSecrets(String... paths) {
        List<LiteralSecret> secrets = java.util.Arrays.stream(paths).map(LiteralSecret::new).toList();
        return valid().toBuilder().literalSecrets(secrets).build();
    }

    @Test
    void everyLiteralSecretIsAnErrorAtItsPath() {
        List<Finding> found = check(new NoSecretsInDescriptor(), withSecrets("database.password", "cache.authToken"));
        assertEquals(List.of("database.password", "cache.authToken"), found.stream().map(Finding::subject).toList());
        String message = found.get(0).message();
        assertTrue(message.contains("Secrets Manager"), message);
        assertTrue(NoSecretsInDescriptor.INFO.fix().startsWith("Delete the key"), NoSecretsInDescriptor.INFO.fix());
    }

    @Test
    void aDescriptorWithoutSecretsPasses() {
        assertPasses(new NoSecretsInDescriptor(), valid());
    }

    @Test
    void sshFromAnywhereIsAnErrorPerEntry() {
        List<Finding> found = check(new NoSshFromAnywhere(),
                network(n -> n.ssh(true).adminCidrs(List.of("203.0.113.0/24", "0.0.0.0/0", "::/0"))));
        assertEquals(List.of("network.adminCidrs[1]", "network.adminCidrs[2]"), found.stream().map(Finding::subject).toList());
        assertTrue(found.get(0).message().contains("0.0.0.0/0"), found.get(0).message());
        assertTrue(found.get(1).message().contains("::/0"), found.get(1).message());
    }

    @Test
    void sshFromAnOfficeRangeOrNoSshPasses() {
        assertPasses(new NoSshFromAnywhere(), valid());
        assertPasses(new NoSshFromAnywhere(), network(n -> n.ssh(true).adminCidrs(List.of("203.0.113.0/24"))));
        assertPasses(new NoSshFromAnywhere(), network(n -> n.ssh(false).adminCidrs(List.of("0.0.0.0/0"))));
    }

    @Test
    void sshWithoutAdminNetworksIsAnError() {
        assertFindsOne(new SshNeedsAdminCidrs(), network(n -> n.ssh(true)), "network.ssh", "true");
    }

    @Test
    void sshWithAdminNetworksPasses() {
        assertPasses(new SshNeedsAdminCidrs(), valid());
        assertPasses(new SshNeedsAdminCidrs(), network(n -> n.ssh(true).adminCidrs(List.of("203.0.113.0/24"))));
    }

    @Test
    void wideAdminNetworksAreAWarning() {
        assertFindsOne(new NarrowAdminCidrs(), network(n -> n.adminCidrs(List.of("10.0.0.0/8"))),
                "network.adminCidrs[0]", "10.0.0.0/8");
        assertFindsOne(new NarrowAdminCidrs(), network(n -> n.adminCidrs(List.of("2001:db8::/32"))),
                "network.adminCidrs[0]", "2001:db8::/32");
    }

    @Test
    void narrowAdminNetworksPass() {
        assertPasses(new NarrowAdminCidrs(), valid());
        assertPasses(new NarrowAdminCidrs(), network(n -> n.adminCidrs(List.of("172.16.0.0/16", "2001:db8:1::/48", "198.51.100.7/32"))));
    }

    @Test
    void sshFromAnywhereIsLeftToItsError() {
        assertPasses(new NarrowAdminCidrs(), network(n -> n.ssh(true).adminCidrs(List.of("0.0.0.0/0"))));
    }

    @Test
    void secretsInForcedSettingsAreAnErrorWithoutTheirValue() {
        Finding f = assertFindsOne(new SecretsNotInForcedSettings(),
                moodle(m -> m.forcedSettings(Map.of("dbpass", "correct-horse-battery", "theme", "boost"))),
                "moodle.forcedSettings.dbpass", "dbpass");
        assertFalse(f.message().contains("correct-horse-battery"), f.message());
    }

    @Test
    void aForcedSecretAlreadyReportedAsLiteralIsNotReportedTwice() {
        Deployment d = moodle(m -> m.forcedSettings(Map.of("session_redis_auth", "x")));
        d = d.toBuilder().literalSecrets(List.of(new LiteralSecret("moodle.forcedSettings.session_redis_auth"))).build();
        assertPasses(new SecretsNotInForcedSettings(), d);
    }

    @Test
    void ordinaryForcedSettingsCarryNoSecret() {
        assertPasses(new SecretsNotInForcedSettings(), valid());
        assertPasses(new SecretsNotInForcedSettings(), moodle(m -> m.forcedSettings(Map.of("passwordpolicy", 1))));
    }

    @Test
    void adminNetworksThatAreNoCidrAreNamedAsSuch() {
        for (String garbage : List.of("office", "10.0.0.0", "10.0.0.0/33", "256.1.1.1/32", "10.0.0.0/8/8", "::1", "2001:db8::/129",
                "2001:db8:::1/64", "2001:db8::g/64", "1:2:3:4:5:6:7:8:9/64", "fe80::1%eth0/64", " 10.0.0.0/8", "")) {
            List<Finding> found = check(new AdminCidrFormat(), network(n -> n.ssh(true).adminCidrs(List.of("203.0.113.0/24", garbage))));
            assertEquals(List.of("network.adminCidrs[1]"), found.stream().map(Finding::subject).toList(), garbage);
            assertTrue(found.get(0).message().contains("neither an IPv4 CIDR"), found.get(0).message());
        }
    }

    @Test
    void adminNetworksWithHostBitsNameTheirNetwork() {
        assertFindsOne(new AdminCidrFormat(), network(n -> n.adminCidrs(List.of("203.0.113.7/24"))),
                "network.adminCidrs[0]", "203.0.113.0/24");
        assertFindsOne(new AdminCidrFormat(), network(n -> n.adminCidrs(List.of("2001:db8:1::5/48"))),
                "network.adminCidrs[0]", "2001:db8:1::/48");
    }

    @Test
    void ipv4AndIpv6AdminNetworksPass() {
        assertPasses(new AdminCidrFormat(), valid());
        assertPasses(new AdminCidrFormat(), network(n -> n.ssh(true).adminCidrs(List.of("203.0.113.0/24", "198.51.100.7/32",
                "2001:db8:1::/48", "2001:db8::1/128", "::/0", "0.0.0.0/0", "::ffff:192.0.2.0/120", "2001:0db8:0000:0000:0000:0000:0000:0000/32"))));
    }
}
