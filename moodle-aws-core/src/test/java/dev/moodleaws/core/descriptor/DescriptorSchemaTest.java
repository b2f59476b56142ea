package dev.moodleaws.core.descriptor;

import static dev.moodleaws.core.descriptor.DescriptorReaderTest.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.WebFleet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The generated JSON Schema accepts what the reader accepts and refuses what it refuses. */
class DescriptorSchemaTest {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DescriptorSchema.jsonSchemaTree());

    /** The descriptor as an editor's YAML support sees it: plain YAML types, no positions. */
    private static JsonNode asJson(String yaml) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return new ObjectMapper().valueToTree(data);
    }

    private static Set<String> errors(String yaml) {
        return SCHEMA.validate(asJson(yaml)).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    @Test
    void theSchemaIsValidDraft202012() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(DescriptorSchema.jsonSchemaTree()));
    }

    @Test
    void theMinimalAndFullDescriptorsAreValid() throws Exception {
        assertEquals(Set.of(), errors(MINIMAL));
        assertEquals(Set.of(), errors(DescriptorReaderTest.resource("full.yaml")));
    }

    @Test
    void placeholdersAreValidWhereverAValueGoes() {
        assertEquals(Set.of(), errors(MINIMAL + "database:\n  readers: ${readers}\n  engine: ${engine}\n  multiAz: ${multi}\n"));
    }

    @Test
    void badDescriptorsAreRefused() {
        assertFalse(errors(MINIMAL + "databse:\n  readers: 1\n").isEmpty(), "unknown key");
        assertFalse(errors(MINIMAL + "database:\n  readers: 16\n").isEmpty(), "out of range");
        assertFalse(errors(MINIMAL + "database:\n  readers: two\n").isEmpty(), "wrong type");
        assertFalse(errors(MINIMAL + "database:\n  engine: postgres\n").isEmpty(), "enum");
        assertFalse(errors(MINIMAL.replace("name: campus", "name: Campus")).isEmpty(), "pattern");
        assertFalse(errors(MINIMAL.replace("  wwwroot: https://learn.example.org\n", "  version: 4.5\n")).isEmpty(), "required");
        assertFalse(errors(MINIMAL.replace("moodle:\n", "moodle:\n  version: 4.4\n")).isEmpty(), "moodle version");
        assertFalse(errors(MINIMAL + "database:\n  maxAllowedPacket: 1T\n").isEmpty(), "size");
        assertFalse(errors(MINIMAL + "suppressions:\n  - rule: LB-003\n").isEmpty(), "suppression without reason");
    }

    @Test
    void numericMoodleVersionsAreValid() {
        for (String v : new String[] {"4.5", "5.0", "'5.1'"}) {
            assertEquals(Set.of(), errors(MINIMAL.replace("moodle:\n", "moodle:\n  version: " + v + "\n")), v);
        }
    }

    @Test
    void defaultsComeFromTheModel() {
        JsonNode props = DescriptorSchema.jsonSchemaTree().get("properties");
        JsonNode database = props.get("database").get("properties");
        assertEquals(Database.builder().build().readers(), database.get("readers").get("default").asInt());
        assertEquals(Database.builder().build().engine().value(), database.get("engine").get("default").asText());
        assertFalse(database.has("engineVersion") && database.get("engineVersion").has("default"), "no default where the model leaves it open");
        JsonNode types = props.get("web").get("properties").get("instanceTypes").get("default");
        assertEquals(WebFleet.builder().build().instanceTypes().size(), types.size());
        assertEquals("4.5", props.get("moodle").get("properties").get("version").get("default").asText());
        assertTrue(props.get("moodle").get("required").toString().contains("wwwroot"));
        assertFalse(props.get("moodle").get("properties").get("wwwroot").has("default"));
        assertEquals(false, props.get("cache").get("additionalProperties").asBoolean());
    }

    @Test
    void theReferenceHasATablePerSection() {
        String md = DescriptorSchema.markdownReference();
        for (String heading : new String[] {"## Top level", "## `moodle`", "## `moodle.php`", "## `moodle.caches`", "## `moodle.code`",
                "## `network`", "## `database`", "## `fileStorage`", "## `cache`", "## `stable`", "## `web`", "## `loadBalancer`",
                "## `loadBalancer.healthCheck`", "## `suppressions[]`"}) {
            assertTrue(md.contains("\n" + heading + "\n"), heading);
        }
        assertTrue(md.contains("| `readers` | integer | `1` | 0 to 15 | Aurora replicas beside the writer. |"), md);
        assertTrue(md.contains("| `engine` | string | `aurora-mysql` | `aurora-mysql`, `mysql`, `mariadb` | Database engine. |"), md);
        assertTrue(md.contains("| `wwwroot` | string | **required** |"), md);
    }
}
