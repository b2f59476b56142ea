package dev.moodleaws.core.descriptor;

import static dev.moodleaws.core.descriptor.DescriptorReaderTest.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.MoodleVersion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptors written to break the reader: each is refused with a location, or read as meant. */
class HostileDescriptorTest {
    private final DescriptorReader reader = new DescriptorReader(PropertySource.of(Map.of(
            "env.AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "size", "2", "site", "campus")));

    private String only(String yaml) {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("moodle-aws.yaml", yaml));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0).format();
    }

    private static String forced(String setting) {
        return MINIMAL.replace("moodle:\n", "moodle:\n  forcedSettings:\n    " + setting + "\n");
    }

    @Test
    void aCarriageReturnInAForcedSettingIsRefusedWithoutEchoingIt() {
        String line = only(forced("supportname: \"x\\r\\nMOODLE_AWS_EOF\\r\\ntouch /tmp/p\\r\\n\""));
        assertTrue(line.startsWith("moodle-aws.yaml:5:18: error: moodle.forcedSettings.supportname: holds the control character U+000D at position 2"), line);
        assertFalse(line.contains("touch"), line);
    }

    @Test
    void controlCharactersBidiControlsAndLoneSurrogatesAreRefusedInEveryTextField() {
        for (String bad : List.of("\\0", "\\e[2K", "\\t", "\\u202e", "\\ud800", "\\u2028", "\\x85")) {
            String line = only(MINIMAL.replace("name: campus", "name: campus\ntags:\n  team: \"a" + bad + "b\""));
            assertTrue(line.matches("moodle-aws.yaml:3:9: error: tags.team: holds the control character U\\+[0-9A-F]{4} at position 2; .*"), line);
        }
        String key = only(MINIMAL.replace("name: campus", "name: campus\ntags:\n  \"a\\u202eb\": x"));
        assertTrue(key.startsWith("moodle-aws.yaml:3:3: error: tags.a\\u202eb: holds the control character U+202E"), key);
    }

    @Test
    void deepNestingIsOneProblemNotAStackOverflow() {
        String deep = MINIMAL + "tags: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        String line = only(deep);
        assertTrue(line.startsWith("moodle-aws.yaml:7:"), line);
        assertTrue(line.contains("nested more than 32 levels"), line);
    }

    @Test
    void aLargeScalarAliasedManyTimesIsRefusedBeforeItIsExpanded() {
        StringBuilder yaml = new StringBuilder(MINIMAL).append("tags:\n  a: &big ").append("x".repeat(200_000)).append("\n");
        yaml.append("web:\n  instanceTypes: [");
        for (int i = 0; i < 20_000; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*big");
        }
        yaml.append("]\n");
        String line = only(yaml.toString());
        assertTrue(line.startsWith("moodle-aws.yaml:1:1: error: the descriptor expands to more than"), line);
    }

    @Test
    void hugeAndEndlessNumbersAreRefusedWithTheirPlace() {
        for (String n : List.of("1e-99999999", "1e400", ".inf", ".nan")) {
            String line = only(forced("supportname: " + n));
            assertTrue(line.startsWith("moodle-aws.yaml:5:18: error: moodle.forcedSettings.supportname: the number '" + n
                    + "' cannot be written in config.php"), line);
        }
    }

    @Test
    void numbersOfReasonableSizeArriveAsNumbers() throws Exception {
        Deployment d = reader.read("moodle-aws.yaml", forced("a: 1.5e3\n    b: 0x1F\n    c: 12345678901"));
        assertEquals(new BigDecimal("1.5e3"), d.moodle().forcedSettings().get("a"));
        assertEquals(31, d.moodle().forcedSettings().get("b"));
        assertEquals(new java.math.BigInteger("12345678901"), d.moodle().forcedSettings().get("c"));
    }

    @Test
    void placeholdersNamingSecretsAreRefusedAndNeverFilled() {
        String line = only(MINIMAL.replace("name: campus", "name: campus\ntags:\n  key: ${env.AWS_SECRET_ACCESS_KEY}"));
        assertTrue(line.startsWith("moodle-aws.yaml:3:8: error: tags.key: placeholder ${env.AWS_SECRET_ACCESS_KEY} names a secret"), line);
        assertFalse(line.contains("wJalr"), line);
    }

    @Test
    void secretShapedValuesAreRefusedAndMasked() {
        String url = only(MINIMAL.replace("https://learn.example.org", "https://moodle:S3cr3t@learn.example.org"));
        assertEquals("moodle-aws.yaml:4:12: error: moodle.wwwroot: holds a password in a URL (user:password@); secrets never go into"
                + " the descriptor, the rendered files or the logs. moodle-aws generates the passwords into AWS Secrets Manager and"
                + " the instances read them at boot", url);
        String key = only(MINIMAL.replace("name: campus", "name: campus\ntags:\n  owner: AKIAIOSFODNN7EXAMPLE"));
        assertTrue(key.contains("holds an AWS access key id"), key);
        assertFalse(key.contains("IOSFODNN7"), key);
        String typed = only(MINIMAL.replace("name: campus", "name: campus\ndatabase:\n  readers: https://u:S3cr3t@x"));
        assertFalse(typed.contains("S3cr3t"), typed);
    }

    @Test
    void anEscapeInAValueNeverReachesTheTerminalRaw() {
        String line = only(MINIMAL.replace("https://learn.example.org", "\"https://x\\e[2K\\rBUILD SUCCESS\""));
        assertFalse(line.chars().anyMatch(c -> c < 0x20), line);
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("moodle-aws.yaml",
                MINIMAL.replace("region: eu-west-1", "region: \"eu\\e[2K\"")));
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20 && c != '\n'), e.getMessage());
    }

    @Test
    void aPlaceholderInATypedValueIsTheWholeValue() throws Exception {
        assertTrue(only(MINIMAL + "database:\n  readers: $${x}\n").startsWith("moodle-aws.yaml:8:12: error: database.readers: expected an integer"));
        assertTrue(only(MINIMAL + "database:\n  readers: 1${size}\n").startsWith("moodle-aws.yaml:8:12: error: database.readers: expected an integer"));
        assertTrue(only(MINIMAL + "database:\n  engine: aurora-${x}\n").contains("a placeholder must be the whole value here"));
        assertEquals(2, reader.read("moodle-aws.yaml", MINIMAL + "database:\n  readers: ${size}\n").database().readers());
        assertEquals("campus", reader.read("moodle-aws.yaml", MINIMAL.replace("name: campus", "name: ${site}")).name());
    }

    @Test
    void aNumberVersionIsTheSpellingOfEqualValue() throws Exception {
        Deployment d = reader.read("moodle-aws.yaml", MINIMAL.replace("moodle:\n", "moodle:\n  version: 5\n"));
        assertEquals(MoodleVersion.V5_0, d.moodle().version());
        assertEquals(MoodleVersion.V4_5, reader.read("moodle-aws.yaml", MINIMAL.replace("moodle:\n", "moodle:\n  version: 4.50\n")).moodle().version());
    }

    @Test
    void invalidUtf8IsNamedByLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("moodle-aws.yaml");
        byte[] head = "name: campus\nregion: eu-".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xff;
        Files.write(file, bytes);
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read(file));
        assertEquals("moodle-aws.yaml:2:12: error: the descriptor is not UTF-8 text: the byte 0xFF is not valid here; save the file as UTF-8",
                e.problems().get(0).format());
    }

    @Test
    void aFolderGivenAsTheDescriptorIsNamedAsAFolder(@TempDir Path dir) {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("is a folder; name the YAML file"), e.getMessage());
    }

    @Test
    void aDotEnvFileGivenAsTheDescriptorNeverPrintsTheKey(@TempDir Path dir) throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(env, "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read(env));
        assertFalse(e.getMessage().contains("wJalr"), e.getMessage());
    }
}
