package dev.moodleaws.core.descriptor;

import static dev.moodleaws.core.descriptor.DescriptorReaderTest.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input, each reported with file, line, column and key path, all in one pass. */
class DescriptorProblemsTest {
    private final DescriptorReader reader = new DescriptorReader(PropertySource.none());

    private List<String> problems(String yaml) {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("moodle-aws.yaml", yaml));
        List<String> lines = e.problems().stream().map(DescriptorProblem::format).toList();
        assertEquals(String.join("\n", lines), e.getMessage());
        return lines;
    }

    private String only(String yaml) {
        List<String> lines = problems(yaml);
        assertEquals(1, lines.size(), lines::toString);
        return lines.get(0);
    }

    private static String minimalWith(String extra) {
        return MINIMAL + extra;
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        assertEquals("moodle-aws.yaml:7:1: error: databse: unknown key 'databse'; did you mean 'database'? allowed here: "
                        + "name, region, tags, moodle, network, database, fileStorage, cache, stable, web, loadBalancer, alerts, backup, monitoring, images, suppressions",
                only(minimalWith("databse:\n  readers: 2\n")));
    }

    @Test
    void unknownNestedKeySuggestsFromItsOwnLevel() {
        String line = only(minimalWith("web:\n  instanceType: [m5.large]\n"));
        assertTrue(line.startsWith("moodle-aws.yaml:8:3: error: web.instanceType: unknown key 'instanceType'; did you mean 'instanceTypes'?"), line);
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyListsWhatIsAllowed() {
        String line = only(minimalWith("cache:\n  colour: blue\n"));
        assertTrue(line.startsWith("moodle-aws.yaml:8:3: error: cache.colour: unknown key 'colour'; allowed here: engine, engineVersion,"), line);
    }

    @Test
    void wrongTypesNameTheKeyTheValueAndTheExpectedType() {
        List<String> lines = problems(minimalWith("""
                database:
                  readers: two
                  multiAz: yes
                  databaseName: 42
                web:
                  instanceTypes: m5.large
                stable: on-demand
                """));
        assertEquals(List.of(
                "moodle-aws.yaml:8:12: error: database.readers: expected an integer from 0 to 15, got the string 'two'",
                "moodle-aws.yaml:9:12: error: database.multiAz: expected true or false, got the string 'yes'",
                "moodle-aws.yaml:10:17: error: database.databaseName: expected a string, got the integer 42; put it in quotes to use it as text",
                "moodle-aws.yaml:12:18: error: web.instanceTypes: expected a list (list of strings), got the string 'm5.large'; write each item on its own line after '- '",
                "moodle-aws.yaml:13:9: error: stable: expected a map with the keys instanceType, count, purchase, runsCron, cronKeepAliveSeconds, inTargetGroup, rootVolumeGb, got the string 'on-demand'"),
                lines);
    }

    @Test
    void valuesOutOfRangeNameTheRange() {
        List<String> lines = problems(minimalWith("""
                database:
                  backupRetentionDays: 0
                web:
                  onDemandPercentageAboveBase: 101
                  minSize: -1
                """));
        assertEquals(List.of(
                "moodle-aws.yaml:8:24: error: database.backupRetentionDays: expected an integer from 1 to 35, got 0",
                "moodle-aws.yaml:10:32: error: web.onDemandPercentageAboveBase: expected an integer from 0 to 100, got 101",
                "moodle-aws.yaml:11:12: error: web.minSize: expected an integer of at least 0, got -1"),
                lines);
    }

    @Test
    void enumValuesListTheAllowedSpellings() {
        assertEquals("moodle-aws.yaml:8:11: error: database.engine: 'postgres' is not allowed; use one of 'aurora-mysql', 'mysql', 'mariadb'",
                only(minimalWith("database:\n  engine: postgres\n")));
        assertEquals("moodle-aws.yaml:8:11: error: cache.engine: 'Redis' is not allowed; use one of 'redis', 'valkey'; did you mean 'redis'?",
                only(minimalWith("cache:\n  engine: Redis\n")));
        assertEquals("moodle-aws.yaml:4:12: error: moodle.version: '4.4' is not allowed; use one of '4.5', '5.0', '5.1', '5.2', '5.3'; did you mean '4.5'?",
                only(MINIMAL.replace("moodle:\n", "moodle:\n  version: 4.4\n")));
    }

    @Test
    void patternsSayWhatIsAllowed() {
        List<String> lines = problems("""
                name: My_Campus
                region: Ireland
                moodle:
                  wwwroot: https://learn.example.org
                  directoryPermissions: 2779
                  php:
                    memoryLimit: 512 MB
                database:
                  maxAllowedPacket: 1T
                suppressions:
                  - rule: lb-3
                    reason: test
                """);
        assertEquals(List.of(
                "moodle-aws.yaml:1:7: error: name: 'My_Campus' is not allowed: lower-case letters, digits and hyphens, starting with a letter, at most 32 characters",
                "moodle-aws.yaml:2:9: error: region: 'Ireland' is not allowed: an AWS region such as eu-west-1",
                "moodle-aws.yaml:5:25: error: moodle.directoryPermissions: expected a string, got the integer 2779; put it in quotes to use it as text",
                "moodle-aws.yaml:7:18: error: moodle.php.memoryLimit: '512 MB' is not allowed: a size in bytes, or with a K, M or G suffix such as 256M",
                "moodle-aws.yaml:9:21: error: database.maxAllowedPacket: '1T' is not allowed: a size in bytes, or with a K, M or G suffix such as 256M",
                "moodle-aws.yaml:11:11: error: suppressions[0].rule: 'lb-3' is not allowed: a rule id such as LB-003"),
                lines);
    }

    @Test
    void nameIsAtMost32Characters() {
        String name32 = "a" + "b".repeat(31);
        String line = only(MINIMAL.replace("name: campus", "name: " + name32 + "c"));
        assertTrue(line.startsWith("moodle-aws.yaml:1:7: error: name: '" + name32 + "c' is not allowed"), line);
    }

    @Test
    void missingRequiredKeysAreNamed() {
        List<String> lines = problems("""
                region: eu-west-1
                moodle:
                  version: 5.0
                suppressions:
                  - rule: LB-003
                """);
        assertEquals(List.of(
                "moodle-aws.yaml:1:1: error: name: missing required key 'name' (string)",
                "moodle-aws.yaml:3:3: error: moodle.wwwroot: missing required key 'wwwroot' (string)",
                "moodle-aws.yaml:5:5: error: suppressions[0].reason: missing required key 'reason' (string)"),
                lines);
    }

    @Test
    void aMissingSectionWithRequiredKeysIsNamed() {
        assertEquals("moodle-aws.yaml:1:1: error: moodle: missing required key 'moodle' (a map with at least 'wwwroot')",
                only("name: campus\nregion: eu-west-1\n"));
    }

    @Test
    void aRequiredKeyWithoutValueIsReported() {
        assertEquals("moodle-aws.yaml:4:11: error: moodle.wwwroot: needs a value (string)",
                only(MINIMAL.replace("wwwroot: https://learn.example.org", "wwwroot:")));
    }

    @Test
    void anOptionalKeyWithoutValueIsReportedAsTheSchemaDoes() {
        assertEquals("moodle-aws.yaml:8:11: error: database.readers: needs a value (integer); remove the key to take the default",
                only(minimalWith("database:\n  readers:\n")));
    }

    @Test
    void malformedYamlGivesTheParserMessageAndPlaceWithoutAStackTrace() {
        String line = only("name: campus\nregion: [eu-west-1\nmoodle:\n");
        assertTrue(line.startsWith("moodle-aws.yaml:3:7: error: not valid YAML: "), line);
        assertFalse(line.contains("Exception"), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void tabsIndentationIsMalformedYaml() {
        String line = only("name: campus\nmoodle:\n\twwwroot: x\n");
        assertTrue(line.startsWith("moodle-aws.yaml:3:1: error: not valid YAML: "), line);
    }

    @Test
    void anEmptyFileIsOneProblem() {
        assertEquals("moodle-aws.yaml:1:1: error: the descriptor is empty; it needs at least the keys name, region and moodle.wwwroot", only(""));
        assertEquals("moodle-aws.yaml:1:1: error: the descriptor is empty; it needs at least the keys name, region and moodle.wwwroot", only("# nothing yet\n"));
    }

    @Test
    void severalDocumentsAreRefused() {
        assertEquals("moodle-aws.yaml:8:1: error: the descriptor must be a single YAML document, found 2; remove the '---' separators",
                only(MINIMAL + "---\nname: other\n"));
    }

    @Test
    void aTopLevelThatIsNotAMapIsRefused() {
        String line = only("- name: campus\n");
        assertTrue(line.startsWith("moodle-aws.yaml:1:1: error: expected a map with the keys name, region, "), line);
    }

    @Test
    void duplicateKeysNameBothPlaces() {
        List<String> lines = problems(minimalWith("database:\n  readers: 2\n  readers: 3\nname: again\n"));
        assertEquals(List.of(
                "moodle-aws.yaml:9:3: error: database.readers: duplicate key 'readers', first written at line 8, column 3; keep one of them",
                "moodle-aws.yaml:10:1: error: name: duplicate key 'name', first written at line 1, column 1; keep one of them"),
                lines);
    }

    @Test
    void duplicateKeysInsideFreeMapsAreFound() {
        assertEquals("moodle-aws.yaml:9:3: error: tags.Team: duplicate key 'Team', first written at line 8, column 3; keep one of them",
                only(minimalWith("tags:\n  Team: a\n  Team: b\n")));
    }

    @Test
    void nonStringKeysAreRefused() {
        List<String> lines = problems(minimalWith("tags:\n  1: one\n  [a, b]: list\n"));
        assertEquals(List.of(
                "moodle-aws.yaml:8:3: error: tags: keys must be plain names, got the integer 1; put it in quotes if it is meant as a name",
                "moodle-aws.yaml:9:3: error: tags: keys must be plain names, got a list"),
                lines);
    }

    @Test
    void forcedSettingsTakeOnlySingleValues() {
        assertEquals("moodle-aws.yaml:5:12: error: moodle.forcedSettings.theme: expected a single value (string, number or boolean), got a list",
                only(MINIMAL.replace("moodle:\n", "moodle:\n  forcedSettings:\n    theme: [boost]\n")));
    }

    @Test
    void allProblemsAreReportedTogetherInFileOrder() {
        List<String> lines = problems("""
                name: Campus
                regoin: eu-west-1
                moodle:
                  wwwroot: https://learn.example.org
                  sessions: files
                database:
                  readers: 99
                  readers: 1
                web:
                  capacityRebalance: maybe
                """);
        assertEquals(List.of(
                "moodle-aws.yaml:1:1: error: region: missing required key 'region' (string)",
                "moodle-aws.yaml:1:7: error: name: 'Campus' is not allowed: lower-case letters, digits and hyphens, starting with a letter, at most 32 characters",
                "moodle-aws.yaml:2:1: error: regoin: unknown key 'regoin'; did you mean 'region'? allowed here: name, region, tags, moodle, network, database, fileStorage, cache, stable, web, loadBalancer, alerts, backup, monitoring, images, suppressions",
                "moodle-aws.yaml:5:13: error: moodle.sessions: 'files' is not allowed; use one of 'redis', 'database', 'file'; did you mean 'file'?",
                "moodle-aws.yaml:7:12: error: database.readers: expected an integer from 0 to 15, got 99",
                "moodle-aws.yaml:8:3: error: database.readers: duplicate key 'readers', first written at line 7, column 3; keep one of them",
                "moodle-aws.yaml:10:22: error: web.capacityRebalance: expected true or false, got the string 'maybe'"),
                lines);
    }

    @Test
    void problemsCarryTheirLocationAndPath() {
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("site.yaml", minimalWith("cache:\n  replicas: 9\n")));
        DescriptorProblem p = e.problems().get(0);
        assertEquals("site.yaml", p.location().file());
        assertEquals(8, p.location().line());
        assertEquals(13, p.location().column());
        assertEquals("cache.replicas", p.path());
        assertEquals("expected an integer from 0 to 5, got 9", p.message());
    }
}
