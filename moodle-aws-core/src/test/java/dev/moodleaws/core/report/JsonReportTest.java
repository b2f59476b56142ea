package dev.moodleaws.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.validate.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void whatIsWrittenReadsBackAsTheSameDocument() {
        Report report = Reports.located();
        String json = JsonReport.render(report, "moodle-aws.yaml", "1.2.3");

        JsonReport.Document read = JsonReport.parse(json);
        assertEquals(JsonReport.document(report, "moodle-aws.yaml", "1.2.3"), read);
        assertEquals(json, JsonReport.render(report, "moodle-aws.yaml", "1.2.3"), "deterministic");
    }

    @Test
    void theDocumentHasTheDocumentedShapeAndOrder() throws Exception {
        JsonNode root = MAPPER.readTree(JsonReport.render(Reports.located(), "moodle-aws.yaml", "1.2.3"));

        assertEquals(List.of("tool", "summary", "findings"), names(root));
        assertEquals("moodle-aws", root.at("/tool/name").asText());
        assertEquals("1.2.3", root.at("/tool/version").asText());
        assertEquals(List.of("errors", "warnings", "infos", "suppressed"), names(root.get("summary")));
        assertEquals(List.of(2, 0, 1, 1), List.of(root.at("/summary/errors").asInt(), root.at("/summary/warnings").asInt(),
                root.at("/summary/infos").asInt(), root.at("/summary/suppressed").asInt()));
        JsonNode findings = root.get("findings");
        assertEquals(4, findings.size());
        for (JsonNode f : findings) {
            assertEquals(List.of("ruleId", "severity", "title", "message", "fix", "subject", "file", "line", "column",
                    "suppressed", "suppressionReason"), names(f));
        }
    }

    @Test
    void findingsCarryTheirPlaceAndSuppression() {
        List<JsonReport.Entry> entries = JsonReport.document(Reports.located(), "site/moodle-aws.yaml", "1").findings();

        JsonReport.Entry artifact = entries.get(0);
        assertEquals("TCFN-001", artifact.ruleId());
        assertEquals("cloudformation.yaml", artifact.file());
        assertEquals(88, artifact.line());
        assertNull(artifact.column());

        JsonReport.Entry engine = entries.get(2);
        assertEquals("error", engine.severity());
        assertEquals("site/moodle-aws.yaml", engine.file());
        assertEquals(12, engine.line());
        assertEquals(5, engine.column());
        assertEquals("database.engineVersion", engine.subject());
        assertFalse(engine.suppressed());
        assertNull(engine.suppressionReason());

        JsonReport.Entry types = entries.get(3);
        assertTrue(types.suppressed());
        assertEquals("two families suffice for this site", types.suppressionReason());
    }

    @Test
    void unknownPlacesAreNull() {
        JsonReport.Entry note = JsonReport.document(Reports.unlocated(), "moodle-aws.yaml", "1").findings().get(2);
        assertEquals("cache.nodeType", note.subject());
        assertNull(note.file());
        assertNull(note.line());
        assertNull(note.column());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
