package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackPoliciesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void deniesReplaceAndDeleteOnEveryStatefulTypeAndAllowsTheRest() throws Exception {
        JsonNode statements = json.readTree(StackPolicies.protectStateful(List.of(), StatefulResources.GENERIC.keySet())).get("Statement");

        assertEquals("Allow", statements.get(0).get("Effect").asText());
        assertEquals("Update:*", statements.get(0).get("Action").asText());
        JsonNode deny = statements.get(1);
        assertEquals("Deny", deny.get("Effect").asText());
        assertEquals(List.of("Update:Replace", "Update:Delete"), texts(deny.get("Action")));
        assertEquals("*", deny.get("Resource").asText());
        List<String> types = texts(deny.get("Condition").get("StringEquals").get("ResourceType"));
        assertTrue(types.containsAll(List.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::EFS::FileSystem",
                "AWS::ElastiCache::ReplicationGroup", "AWS::SecretsManager::Secret")), types.toString());
        assertFalse(types.contains("AWS::RDS::DBSubnetGroup"));
    }

    @Test
    void theTypesComeFromTheCaller() throws Exception {
        JsonNode deny = json.readTree(StackPolicies.protectStateful(List.of(), List.of("Custom::Store")))
                .get("Statement").get(1);

        assertEquals(List.of("Custom::Store"), texts(deny.get("Condition").get("StringEquals").get("ResourceType")));
    }

    @Test
    void allowedLogicalIdsAreLeftOutOfTheDeny() throws Exception {
        JsonNode deny = json.readTree(StackPolicies.protectStateful(List.of("Files", "Db"),
                StatefulResources.GENERIC.keySet())).get("Statement").get(1);

        assertFalse(deny.has("Resource"));
        assertEquals(List.of("LogicalResourceId/Db", "LogicalResourceId/Files"), texts(deny.get("NotResource")));
    }

    @Test
    void conditionalReplacementOfAStatefulResourceEndangersData() {
        PlannedChange conditional = new PlannedChange(ChangeAction.MODIFY, "Db", "db-1", "AWS::RDS::DBCluster",
                Replacement.CONDITIONAL, "a database", List.of(), List.of());
        PlannedChange inPlace = new PlannedChange(ChangeAction.MODIFY, "Db", "db-1", "AWS::RDS::DBCluster",
                Replacement.FALSE, "a database", List.of(), List.of());
        PlannedChange statelessReplaced = new PlannedChange(ChangeAction.MODIFY, "Web", "asg", "AWS::AutoScaling::"
                + "AutoScalingGroup", Replacement.TRUE, null, List.of(), List.of());

        assertTrue(conditional.endangersData());
        assertFalse(inPlace.endangersData());
        assertFalse(statelessReplaced.endangersData());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
