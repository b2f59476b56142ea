package dev.moodleaws.core.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code aws-offerings.txt} from the data files that the CloudFormation linter (cfn-lint)
 * ships, which it builds from the CloudFormation resource schemas and AWS's pricing lists: EC2
 * instance types, RDS instance classes and ElastiCache node types per region, engine versions; and
 * from the hand-kept list of load balancer TLS policies in {@code src/aws-data}. Run by hand
 * (docs/aws-data.md); the output is committed.
 */
final class AwsOfferingsGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DB_ENGINES = List.of("aurora-mysql", "mysql", "mariadb");
    private static final List<String> CACHE_ENGINES = List.of("redis", "valkey");

    /** The inputs: cfn-lint's {@code data/schemas/extensions} folder, its version and zone table, the TLS policies. */
    record Input(Path extensions, String linterVersion, Map<String, List<String>> zones, List<String> tlsPolicies,
            String tlsSource, String date) {
    }

    private AwsOfferingsGenerator() {
    }

    static String generate(Input in) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# What AWS offers, read by dev.moodleaws.core.aws.AwsOfferings. Generated; do not edit:\n")
                .append("# docs/aws-data.md says how to refresh it.\n");
        out.append("source cfn-lint ").append(in.linterVersion())
                .append(": data/schemas/extensions (instance types, classes, node types per region; engine versions)"
                        + " and its availability zone table\n");
        out.append("source ").append(in.tlsSource()).append('\n');
        out.append("generated ").append(in.date()).append('\n');
        for (Map.Entry<String, List<String>> z : new TreeMap<>(in.zones()).entrySet()) {
            out.append("zones ").append(z.getKey()).append(' ').append(String.join(" ", z.getValue())).append('\n');
        }
        JsonNode instanceTypes = read(in, "aws_ec2_instance/instancetype_enum.json");
        regional(out, Offering.EC2_INSTANCE_TYPE, plainEnums(instanceTypes), strings(instanceTypes.path("all").path("enum")), in.zones().keySet());
        JsonNode classes = read(in, "aws_rds_dbinstance/dbinstanceclass_enum.json");
        for (String engine : DB_ENGINES) {
            regional(out, Offering.valueOf(engine.toUpperCase().replace('-', '_') + "_CLASS"),
                    engineEnums(classes, engine, "DBInstanceClass"), Set.of(), in.zones().keySet());
        }
        regional(out, Offering.CACHE_NODE_TYPE, plainEnums(read(in, "aws_elasticache_cachecluster/cachenodetype_enum.json")), Set.of(),
                in.zones().keySet());
        JsonNode instanceVersions = read(in, "aws_rds_dbinstance/engine_version.json");
        JsonNode clusterVersions = read(in, "aws_rds_dbcluster/engine_version.json");
        for (String engine : DB_ENGINES) {
            Set<String> versions = conditional(instanceVersions, engine, "EngineVersion");
            versions.addAll(conditional(clusterVersions, engine, "EngineVersion"));
            line(out, Offering.valueOf(engine.toUpperCase().replace('-', '_') + "_VERSION"), "*", versions);
        }
        JsonNode cacheVersions = read(in, "aws_elasticache_cachecluster/engine_version.json");
        for (String engine : CACHE_ENGINES) {
            line(out, Offering.valueOf(engine.toUpperCase() + "_VERSION"), "*", conditional(cacheVersions, engine, "EngineVersion"));
        }
        line(out, Offering.ELB_TLS_POLICY, "*", new TreeSet<>(in.tlsPolicies()));
        return out.toString();
    }

    /**
     * One list of every name (those of some region, and {@code named}: names the linter knows without a
     * region yet), then each region's that lacks some: what it offers, or "except" what it lacks when that is
     * shorter. Keys of the linter's files that are not regions of {@code regions} are left out.
     */
    private static void regional(StringBuilder out, Offering offering, Map<String, Set<String>> byRegion, Set<String> named,
            Set<String> regions) {
        byRegion.keySet().retainAll(regions);
        Set<String> all = new TreeSet<>(named);
        byRegion.values().forEach(all::addAll);
        line(out, offering, "*", all);
        for (Map.Entry<String, Set<String>> r : byRegion.entrySet()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(r.getValue());
            if (missing.isEmpty()) {
                continue; // no line: nothing to warn about in that region
            }
            if (missing.size() < r.getValue().size()) {
                out.append(offering.key()).append(' ').append(r.getKey()).append(" except");
                missing.forEach(n -> out.append(' ').append(n));
                out.append('\n');
            } else {
                line(out, offering, r.getKey(), r.getValue());
            }
        }
    }

    private static void line(StringBuilder out, Offering offering, String region, Set<String> names) {
        out.append(offering.key()).append(' ').append(region);
        names.forEach(n -> out.append(' ').append(n));
        out.append('\n');
    }

    /** {@code {region: {enum: [...]}}}, without cfn-lint's own "all" entry. */
    private static Map<String, Set<String>> plainEnums(JsonNode file) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> region = it.next();
            if (!region.getKey().equals("all")) {
                out.put(region.getKey(), strings(region.getValue().path("enum")));
            }
        }
        return out;
    }

    /** {@code {region: {allOf: [{if: Engine, then: property enum}]}}}, for one engine. */
    private static Map<String, Set<String>> engineEnums(JsonNode file, String engine, String property) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> region = it.next();
            out.put(region.getKey(), conditional(region.getValue(), engine, property));
        }
        return out;
    }

    /** The union of {@code property}'s enums under every {@code if Engine == engine} of an {@code allOf}. */
    private static Set<String> conditional(JsonNode schema, String engine, String property) {
        Set<String> out = new TreeSet<>();
        for (JsonNode branch : schema.path("allOf")) {
            if (engine.equals(branch.path("if").path("properties").path("Engine").path("const").asText())) {
                out.addAll(strings(branch.path("then").path("properties").path(property).path("enum")));
            }
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode read(Input in, String file) throws IOException {
        return JSON.readTree(in.extensions().resolve(file).toFile());
    }

    /** The TLS policy names of the hand-kept list (comments and blank lines dropped). */
    static List<String> tlsPolicies(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
