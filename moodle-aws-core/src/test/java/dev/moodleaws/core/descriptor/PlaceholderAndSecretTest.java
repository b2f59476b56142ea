package dev.moodleaws.core.descriptor;

import static dev.moodleaws.core.descriptor.DescriptorReaderTest.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LiteralSecret;
import dev.moodleaws.core.model.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderAndSecretTest {
    private static final String SECRET = "Tr0ub4dor&3-never-echo";

    @Test
    void placeholdersAreFilledFromTheProperties() throws Exception {
        DescriptorReader reader = new DescriptorReader(PropertySource.of(Map.of(
                "site", "campus", "host", "learn.example.org", "readers", "3", "failover", "false", "moodle.version", "5.1")));
        String yaml = """
                name: ${site}
                region: eu-west-1
                moodle:
                  version: ${moodle.version}
                  wwwroot: https://${host}/
                database:
                  readers: ${readers}
                cache:
                  automaticFailover: ${failover}
                tags:
                  Owner: ${site}-team
                """;
        Deployment d = reader.read("moodle-aws.yaml", yaml);

        assertEquals("campus", d.name());
        assertEquals("https://learn.example.org/", d.moodle().wwwroot());
        assertEquals("5.1", d.moodle().version().label());
        assertEquals(3, d.database().readers());
        assertFalse(d.cache().automaticFailover());
        assertEquals(Map.of("Owner", "campus-team"), d.tags());
    }

    @Test
    void aDoubledDollarIsALiteralPlaceholder() throws Exception {
        DescriptorReader reader = new DescriptorReader(PropertySource.of(Map.of("x", "filled")));
        Deployment d = reader.read("moodle-aws.yaml", MINIMAL + "tags:\n  Note: \"$${x} stays, ${x} is filled, $5 is kept\"\n");

        assertEquals("${x} stays, filled is filled, $5 is kept", d.tags().get("Note"));
    }

    @Test
    void anUnresolvedPlaceholderIsAProblemAtItsValue() {
        DescriptorReader reader = new DescriptorReader(PropertySource.none());
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("moodle-aws.yaml", MINIMAL + "database:\n  instanceClass: ${db.class}\n  readers: ${readers}\n"));

        assertEquals(List.of(
                "moodle-aws.yaml:8:18: error: database.instanceClass: placeholder ${db.class} is not defined; define the property 'db.class' (a Maven property, system property or environment variable), or write $${db.class} for the literal text",
                "moodle-aws.yaml:9:12: error: database.readers: placeholder ${readers} is not defined; define the property 'readers' (a Maven property, system property or environment variable), or write $${readers} for the literal text"),
                e.problems().stream().map(DescriptorProblem::format).toList());
    }

    @Test
    void anUnclosedPlaceholderIsAProblem() {
        DescriptorReader reader = new DescriptorReader(PropertySource.none());
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("moodle-aws.yaml", MINIMAL + "tags:\n  Team: ${team\n"));

        assertEquals("moodle-aws.yaml:8:9: error: tags.Team: placeholder '${team' has no closing '}'; write ${name}, or $${ for a literal ${",
                e.getMessage());
    }

    @Test
    void aResolvedValueIsTypeCheckedLikeAnyOther() {
        DescriptorReader reader = new DescriptorReader(PropertySource.of(Map.of("readers", "many", "engine", "oracle")));
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("moodle-aws.yaml", MINIMAL + "database:\n  readers: ${readers}\n  engine: ${engine}\n"));

        assertEquals(List.of(
                "moodle-aws.yaml:8:12: error: database.readers: expected an integer from 0 to 15 written in decimal digits, got 'many'",
                "moodle-aws.yaml:9:11: error: database.engine: 'oracle' is not allowed; use one of 'aurora-mysql', 'mysql', 'mariadb'"),
                e.problems().stream().map(DescriptorProblem::format).toList());
    }

    @Test
    void propertySourcesChainInOrder() {
        PropertySource chain = PropertySource.first(PropertySource.of(Map.of("a", "1")), PropertySource.of(Map.of("a", "2", "b", "3")));

        assertEquals("1", chain.get("a").orElseThrow());
        assertEquals("3", chain.get("b").orElseThrow());
        assertTrue(chain.get("c").isEmpty());
        assertTrue(PropertySource.none().get("a").isEmpty());
    }

    @Test
    void secretKeysAtAnyLevelAreRecordedAndTheirValuesDropped() throws Exception {
        String yaml = MINIMAL.replace("moodle:\n", """
                moodle:
                  forcedSettings:
                    smtppass: %1$s
                    theme: boost
                  forcedPluginSettings:
                    auth_ldap:
                      bind_pw_secret: %1$s
                """.formatted(SECRET)) + """
                password: %1$s
                database:
                  masterPassword: %1$s
                  readers: 2
                cache:
                  authToken: %1$s
                tags:
                  ApiKey: %1$s
                network:
                  dbpass: ${never.looked.up}
                """.formatted(SECRET);
        Deployment d = new DescriptorReader(PropertySource.none()).read("moodle-aws.yaml", yaml);

        assertEquals(List.of(
                        new LiteralSecret("moodle.forcedSettings.smtppass"),
                        new LiteralSecret("moodle.forcedPluginSettings.auth_ldap.bind_pw_secret"),
                        new LiteralSecret("password"),
                        new LiteralSecret("database.masterPassword"),
                        new LiteralSecret("cache.authToken"),
                        new LiteralSecret("tags.ApiKey"),
                        new LiteralSecret("network.dbpass")),
                d.literalSecrets());
        assertEquals(new Location("moodle-aws.yaml", 5, 15), d.sourceMap().locate("moodle.forcedSettings.smtppass").orElseThrow());
        assertEquals(new Location("moodle-aws.yaml", 15, 19), d.sourceMap().locate("database.masterPassword").orElseThrow());
        assertEquals(Map.of("theme", "boost"), d.moodle().forcedSettings());
        assertEquals(Map.of("auth_ldap", Map.of()), d.moodle().forcedPluginSettings());
        assertTrue(d.cache().authToken(), "a token written in place of the switch leaves the default");
        assertEquals(2, d.database().readers());
        assertFalse(d.toString().contains(SECRET), "the secret must not be kept anywhere in the model");
    }

    @Test
    void secretValuesNeverAppearInProblems() {
        String yaml = "name: Bad_Name\nregion: eu-west-1\nmoodle:\n  wwwroot: x\n"
                + "cache:\n  authToken: [" + SECRET + "]\ndatabase:\n  masterPassword: {value: " + SECRET + "}\n  readres: 1\n";
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> new DescriptorReader(PropertySource.none()).read("moodle-aws.yaml", yaml));

        assertEquals(3, e.problems().size(), e::getMessage);
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void aKnownSecretLikeSwitchStillTakesItsBoolean() throws Exception {
        Deployment d = new DescriptorReader(PropertySource.none()).read("moodle-aws.yaml", MINIMAL + "cache:\n  authToken: false\n");

        assertFalse(d.cache().authToken());
        assertEquals(List.of(), d.literalSecrets());
    }

    @Test
    void anEmptySecretKeyIsNotASecret() throws Exception {
        Deployment d = new DescriptorReader(PropertySource.none()).read("moodle-aws.yaml", MINIMAL + "database:\n  password: \"\"\n");

        assertEquals(List.of(), d.literalSecrets());
    }

    @Test
    void secretNamesAreRecognisedBySuffixAndCase() {
        for (String name : List.of("password", "masterPassword", "dbpass", "passwd", "clientSecret", "auth_token", "authToken",
                "apiKey", "api_key", "privateKey", "accessKey", "secretKey", "TOKEN", "smtp-pass")) {
            assertTrue(SecretNames.looksSecret(name), name);
        }
        for (String name : List.of("passwordpolicy", "theme", "engine", "tokenduration", "keys", "secretsManager")) {
            assertFalse(SecretNames.looksSecret(name), name);
        }
    }
}
