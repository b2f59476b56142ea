package dev.moodleaws.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.FixedRules;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SARIF output, checked against the SARIF 2.1.0 JSON schema that OASIS publishes with the standard
 * (errata 01, {@code https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json},
 * as kept in the {@code oasis-tcs/sarif-spec} repository at {@code Schemata/sarif-schema-2.1.0.json}).
 * The test resource is an unmodified copy, used as test data; it is a JSON Schema draft-04 document.
 */
class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Tool TOOL = new Tool("moodle-aws", "1.2.3", "https://moodleaws.dev");
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sarif(Report report, String descriptorPath) throws IOException {
        return MAPPER.readTree(new SarifReport(Reports.catalog(), TOOL).write(report, descriptorPath));
    }

    @Test
    void theOutputIsValidSarif() throws IOException {
        for (Report report : List.of(Reports.located(), Reports.unlocated(), Report.empty())) {
            Set<ValidationMessage> errors = SCHEMA.validate(sarif(report, "site/moodle-aws.yaml"));
            assertEquals(Set.of(), errors);
        }
    }

    @Test
    void theStandardCatalogOutputIsValidSarif() throws IOException {
        JsonNode log = MAPPER.readTree(SarifReport.render(Reports.located(), "moodle-aws.yaml", "1.2.3"));
        assertEquals(Set.of(), SCHEMA.validate(log));
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() throws IOException {
        ObjectNode log = (ObjectNode) sarif(Reports.located(), "moodle-aws.yaml");
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation")).putObject("region").put("startLine", 0);
        ((ObjectNode) log.at("/runs/0/tool/driver")).put("informationUri", "not a uri");
        assertEquals(3, SCHEMA.validate(log).size(), () -> SCHEMA.validate(log).toString());
    }

    @Test
    void oneRunNamesTheToolAndListsEveryCatalogRule() throws IOException {
        JsonNode log = sarif(Report.empty(), "moodle-aws.yaml");

        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(SarifReport.SCHEMA, log.get("$schema").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals("moodle-aws", driver.get("name").asText());
        assertEquals("https://moodleaws.dev", driver.get("informationUri").asText());
        assertEquals("1.2.3", driver.get("semanticVersion").asText());
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(Reports.catalog().rules().stream().map(RuleInfo::id).toList(), ids);
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void theStandardOutputDescribesTheSuppressionRules() throws IOException {
        JsonNode rules = MAPPER.readTree(SarifReport.render(Report.empty(), "moodle-aws.yaml", "1"))
                .at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(RuleCatalog.standard().rules().stream().map(RuleInfo::id).toList(), ids);
        assertTrue(ids.containsAll(List.of("SUPP-001", "SUPP-002", "SUPP-003")), ids::toString);
    }

    @Test
    void aRuleDescriptorCarriesTitleFixLevelHelpUriAndTags() throws IOException {
        JsonNode rule = sarif(Report.empty(), "moodle-aws.yaml").at("/runs/0/tool/driver/rules/0");

        assertEquals("TDB-004", rule.get("id").asText());
        assertEquals("TheDatabaseEngineVersionIsSupportedByTheMoodleVersion", rule.get("name").asText());
        assertEquals(FixedRules.ENGINE.title(), rule.at("/shortDescription/text").asText());
        assertTrue(rule.at("/fullDescription/text").asText().startsWith(FixedRules.ENGINE.title()));
        assertEquals(FixedRules.ENGINE.fix(), rule.at("/help/text").asText());
        assertTrue(rule.at("/help/markdown").asText().contains(FixedRules.ENGINE.fix()));
        assertEquals("https://moodledev.io/general/releases", rule.get("helpUri").asText());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertEquals("[\"TDB\",\"moodle\"]", rule.at("/properties/tags").toString());

        JsonNode guideRule = sarif(Report.empty(), "moodle-aws.yaml").at("/runs/0/tool/driver/rules/1");
        assertFalse(guideRule.has("helpUri"), "a section of the guide is not a URI");
        assertEquals("warning", guideRule.at("/defaultConfiguration/level").asText());
        JsonNode infoRule = sarif(Report.empty(), "moodle-aws.yaml").at("/runs/0/tool/driver/rules/2");
        assertEquals("note", infoRule.at("/defaultConfiguration/level").asText());
    }

    @Test
    void resultsPointAtTheDescriptorWithALineOnlyWhenKnown() throws IOException {
        JsonNode results = sarif(Reports.located(), "site/moodle-aws.yaml").at("/runs/0/results");
        assertEquals(4, results.size());

        JsonNode template = results.get(0);
        assertEquals("TCFN-001", template.get("ruleId").asText());
        assertEquals("site/moodle-aws.yaml", template.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", template.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertFalse(template.at("/locations/0/physicalLocation").has("region"), "line 88 is in the rendered file");
        assertTrue(template.at("/message/text").asText().endsWith("(in cloudformation.yaml, line 88)"));

        JsonNode fileOnly = results.get(1);
        assertEquals("TWEB-009", fileOnly.get("ruleId").asText());
        assertFalse(fileOnly.at("/locations/0/physicalLocation").has("region"));
        assertEquals("note", fileOnly.get("level").asText());

        JsonNode engine = results.get(2);
        assertEquals("error", engine.get("level").asText());
        assertEquals(12, engine.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, engine.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("engine version 5.7 is too old for Moodle 5.0 (at database.engineVersion)",
                engine.at("/message/text").asText());
    }

    @Test
    void ruleIndexPointsAtTheRuleOfTheResult() throws IOException {
        JsonNode log = sarif(Reports.located(), "moodle-aws.yaml");
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        for (JsonNode result : log.at("/runs/0/results")) {
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
    }

    @Test
    void aFindingOfARuleOutsideTheCatalogStillGetsADescriptor() throws IOException {
        Report report = Reports.located();
        JsonNode log = MAPPER.readTree(new SarifReport(new RuleCatalog(List.of()), TOOL).write(report, "moodle-aws.yaml"));
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals(4, rules.size());
        for (JsonNode result : log.at("/runs/0/results")) {
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
        assertEquals(Set.of(), SCHEMA.validate(log));
    }

    @Test
    void suppressedFindingsCarryAnInSourceSuppressionWithTheReason() throws IOException {
        JsonNode results = sarif(Reports.located(), "moodle-aws.yaml").at("/runs/0/results");

        JsonNode types = results.get(3);
        assertEquals("TWEB-003", types.get("ruleId").asText());
        assertEquals("[{\"kind\":\"inSource\",\"justification\":\"two families suffice for this site\"}]",
                types.get("suppressions").toString());
        assertEquals("[]", results.get(2).get("suppressions").toString(), "checked, and not suppressed");
    }

    @Test
    void fingerprintsFollowRuleAndSubjectNotLineOrMessage() {
        Finding f = new Finding(FixedRules.ENGINE, "engine 5.7", "database.engineVersion",
                new Location("moodle-aws.yaml", 12, 5), null);
        Finding moved = new Finding(FixedRules.ENGINE, "engine 5.6", "database.engineVersion",
                new Location("moodle-aws.yaml", 30, 3), null);
        Finding elsewhere = new Finding(FixedRules.ENGINE, "engine 5.7", "database.engine",
                new Location("moodle-aws.yaml", 12, 5), null);
        Finding otherRule = new Finding(FixedRules.TYPES, "engine 5.7", "database.engineVersion",
                new Location("moodle-aws.yaml", 12, 5), null);

        assertEquals(SarifReport.fingerprint(f), SarifReport.fingerprint(moved));
        assertNotEquals(SarifReport.fingerprint(f), SarifReport.fingerprint(elsewhere));
        assertNotEquals(SarifReport.fingerprint(f), SarifReport.fingerprint(otherRule));
        assertTrue(SarifReport.fingerprint(f).matches("[0-9a-f]{32}"));
    }

    @Test
    void theDescriptorPathBecomesARelativeUriReference() {
        assertEquals("moodle-aws.yaml", SarifReport.uriReference("moodle-aws.yaml"));
        assertEquals("deploy/my%20site/moodle-aws.yaml", SarifReport.uriReference("deploy\\my site\\moodle-aws.yaml"));
        assertEquals("sites/%C3%A9cole.yaml", SarifReport.uriReference("sites/école.yaml"));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        SarifReport sarif = new SarifReport(Reports.catalog(), TOOL);
        assertEquals(sarif.write(Reports.located(), "moodle-aws.yaml"), sarif.write(Reports.located(), "moodle-aws.yaml"));
    }

    @Test
    void camelCaseJoinsTheWordsOfATitle() {
        assertEquals("WebNodesRequireIMDSv2", SarifReport.camelCase("Web nodes require IMDSv2"));
        assertEquals("MinDesiredMax", SarifReport.camelCase("min ≤ desired ≤ max"));
        assertEquals("TheDeregistrationDelayFitsThe2MinuteSpotNotice",
                SarifReport.camelCase("The deregistration delay fits the 2-minute Spot notice"));
    }
}
