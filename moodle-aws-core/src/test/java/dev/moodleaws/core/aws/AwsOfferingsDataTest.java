package dev.moodleaws.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled data file is complete, and the generator writes what {@link AwsOfferings} reads. Run
 * with {@code -Dmoodle-aws.refreshAwsData=true} to regenerate the data file from the installed
 * CloudFormation linter (docs/aws-data.md).
 */
class AwsOfferingsDataTest {
    private static final String REFRESH = "moodle-aws.refreshAwsData";
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DATA = MODULE.resolve("src/main/resources/dev/moodleaws/core/aws/aws-offerings.txt");
    private static final Path TLS_POLICIES = MODULE.resolve("src/aws-data/elb-tls-policies.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedDataFileIsCompleteAndDated() throws Exception {
        if (Boolean.getBoolean(REFRESH)) {
            refreshFromTheInstalledLinter();
        }
        AwsOfferings data = AwsOfferings.parse(Files.readString(DATA, StandardCharsets.UTF_8));
        assertTrue(data.generated().matches("\\d{4}-\\d{2}-\\d{2}"), data.generated());
        assertTrue(data.sources().stream().anyMatch(s -> s.startsWith("cfn-lint ")), data.sources().toString());
        for (Offering o : Offering.values()) {
            assertFalse(data.names(o).isEmpty(), o + " has no names");
        }
        assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), data.zones("eu-west-1").orElseThrow());
        assertEquals(Optional.of(false), data.offeredIn(Offering.MYSQL_CLASS, "us-east-1",
                data.names(Offering.MYSQL_CLASS).stream().filter(n -> !data.offeredIn(Offering.MYSQL_CLASS, "us-east-1", n)
                        .orElse(true)).findFirst().orElseThrow()), "the RDS classes are listed per region");
        assertTrue(data.regions().size() >= 30, data.regions().toString());
        assertEquals(TlsPoliciesOf.file(), data.names(Offering.ELB_TLS_POLICY), "the TLS policies of " + TLS_POLICIES);
    }

    @Test
    void theGeneratorWritesWhatTheReaderReads(@TempDir Path linter) throws IOException {
        write(linter, "aws_ec2_instance/instancetype_enum.json", """
                {"all": {"enum": ["m7i.large", "m7i.xlarge", "x9.large", "y9.large"]},
                 "eu-west-1": {"enum": ["m7i.large", "m7i.xlarge", "x9.large"]},
                 "eu-south-2": {"enum": ["m7i.large"]},
                 "description": {"enum": ["not-a-type"]},
                 "us-east-1": {"enum": ["m7i.large", "m7i.xlarge"]}}""");
        write(linter, "aws_rds_dbinstance/dbinstanceclass_enum.json", """
                {"eu-west-1": {"allOf": [
                  {"if": {"properties": {"Engine": {"const": "mysql"}}},
                   "then": {"properties": {"DBInstanceClass": {"enum": ["db.t4g.micro", "db.r7g.large"]}}}},
                  {"if": {"properties": {"Engine": {"const": "aurora-mysql"}}},
                   "then": {"properties": {"DBInstanceClass": {"enum": ["db.r7g.large"]}}}},
                  {"if": {"properties": {"Engine": {"const": "oracle-ee"}}},
                   "then": {"properties": {"DBInstanceClass": {"enum": ["db.x2iedn.large"]}}}}]}}""");
        write(linter, "aws_elasticache_cachecluster/cachenodetype_enum.json", """
                {"eu-west-1": {"enum": ["cache.r7g.large", "cache.t4g.micro"]}}""");
        String versions = """
                {"allOf": [
                  {"if": {"properties": {"Engine": {"const": "%s"}}},
                   "then": {"properties": {"EngineVersion": {"enum": ["%s"]}}}}]}""";
        write(linter, "aws_rds_dbinstance/engine_version.json", versions.formatted("mysql", "8.4.9"));
        write(linter, "aws_rds_dbcluster/engine_version.json", versions.formatted("aurora-mysql", "8.0.mysql_aurora.3.10.4"));
        write(linter, "aws_elasticache_cachecluster/engine_version.json", versions.formatted("valkey", "8.0"));
        Map<String, List<String>> zones = new LinkedHashMap<>();
        zones.put("eu-west-1", List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
        zones.put("eu-south-2", List.of("eu-south-2a", "eu-south-2b", "eu-south-2c"));
        zones.put("us-east-1", List.of("us-east-1a", "us-east-1b", "us-east-1c"));

        String text = AwsOfferingsGenerator.generate(new AwsOfferingsGenerator.Input(linter, "9.9.9", zones,
                List.of("ELBSecurityPolicy-TLS13-1-2-2021-06"), "ELB TLS policies: a test list", "2026-12-01"));
        AwsOfferings data = AwsOfferings.parse(text);

        assertTrue(text.contains("\nec2 eu-south-2 m7i.large\n"), text);
        assertTrue(text.contains("\nec2 eu-west-1 except y9.large\n"), text);
        assertTrue(text.contains("\nec2 us-east-1 m7i.large m7i.xlarge\n"), text);
        assertTrue(data.exists(Offering.EC2_INSTANCE_TYPE, "y9.large"), "a type the linter knows in no region yet");
        assertEquals("2026-12-01", data.generated());
        assertEquals(List.of("cfn-lint 9.9.9: data/schemas/extensions (instance types, classes, node types per region;"
                + " engine versions) and its availability zone table", "ELB TLS policies: a test list"), data.sources());
        assertEquals(Optional.of(false), data.offeredIn(Offering.EC2_INSTANCE_TYPE, "us-east-1", "x9.large"));
        assertEquals(Optional.of(true), data.offeredIn(Offering.EC2_INSTANCE_TYPE, "us-east-1", "m7i.xlarge"));
        assertEquals(Optional.of(false), data.offeredIn(Offering.EC2_INSTANCE_TYPE, "eu-south-2", "m7i.xlarge"));
        assertEquals(Optional.empty(), data.offeredIn(Offering.EC2_INSTANCE_TYPE, "mars-north-1", "m7i.large"));
        assertTrue(data.exists(Offering.MYSQL_CLASS, "db.t4g.micro"));
        assertFalse(data.exists(Offering.AURORA_MYSQL_CLASS, "db.t4g.micro"));
        assertFalse(data.exists(Offering.MYSQL_CLASS, "db.x2iedn.large"), "only the engines Moodle runs on");
        assertTrue(data.exists(Offering.MYSQL_VERSION, "8.4.9"));
        assertTrue(data.exists(Offering.AURORA_MYSQL_VERSION, "8.0.mysql_aurora.3.10.4"));
        assertTrue(data.exists(Offering.VALKEY_VERSION, "8.0"));
        assertTrue(data.exists(Offering.ELB_TLS_POLICY, "ELBSecurityPolicy-TLS13-1-2-2021-06"));
        assertEquals(Optional.of(3), data.zones("eu-west-1").map(List::size));
        assertTrue(text.contains("\nrds:mysql * db.r7g.large db.t4g.micro\n") && !text.contains("rds:mysql eu-west-1"),
                "a region that offers every name has no line: " + text);
        assertFalse(text.contains("description") || text.contains("not-a-type"), text);
    }

    /** Regenerates the data file from the cfn-lint that {@code python3} imports (PYTHONPATH is honoured). */
    private static void refreshFromTheInstalledLinter() throws Exception {
        String python = System.getProperty("moodle-aws.python", "python3");
        Process p = new ProcessBuilder(python, "-c", "import cfnlint, json, os\n"
                + "from cfnlint.helpers import AVAILABILITY_ZONES\nfrom cfnlint.version import __version__\n"
                + "print(json.dumps({'dir': os.path.dirname(cfnlint.__file__), 'version': __version__,"
                + " 'zones': AVAILABILITY_ZONES}))").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 could not import cfnlint: " + out);
        JsonNode linter = JSON.readTree(out);
        Map<String, List<String>> zones = new LinkedHashMap<>();
        linter.path("zones").fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            e.getValue().forEach(z -> names.add(z.asText()));
            zones.put(e.getKey(), names);
        });
        Path extensions = Path.of(linter.path("dir").asText(), "data", "schemas", "extensions");
        String text = AwsOfferingsGenerator.generate(new AwsOfferingsGenerator.Input(extensions,
                linter.path("version").asText(), zones, AwsOfferingsGenerator.tlsPolicies(TLS_POLICIES),
                "ELB TLS policies: src/aws-data/elb-tls-policies.txt (AWS's table of Application Load Balancer"
                        + " security policies)", LocalDate.now(ZoneOffset.UTC).toString()));
        Files.writeString(DATA, text, StandardCharsets.UTF_8);
    }

    private static void write(Path root, String file, String json) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json, StandardCharsets.UTF_8);
    }

    private static final class TlsPoliciesOf {
        static java.util.Set<String> file() throws IOException {
            return java.util.Set.copyOf(AwsOfferingsGenerator.tlsPolicies(TLS_POLICIES));
        }
    }
}
