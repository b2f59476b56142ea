package dev.moodleaws.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputOrderTest {

    @Test
    void theCallersLeadingOutputsFirstThenTemplateOrderThenTheRestByName() {
        String template = """
                Outputs:
                  Zeta: {Value: !Ref A}
                  SiteUrl: {Value: x}
                  Alpha: {Value: !GetAtt B.Arn}
                """;
        Map<String, String> outputs = Map.of("Alpha", "a", "Zeta", "z", "SiteUrl", "s", "Extra", "e");

        assertEquals(List.of("SiteUrl", "Zeta", "Alpha", "Extra"),
                List.copyOf(OutputOrder.order(outputs, template, List.of("SiteUrl")).keySet()));
        assertEquals(List.of("Zeta", "SiteUrl", "Alpha", "Extra"),
                List.copyOf(OutputOrder.order(outputs, template, List.of()).keySet()), "no leading outputs asked for");
    }

    @Test
    void jsonTemplateAndBrokenTemplateAreHandled() {
        assertEquals(List.of("B", "A"), OutputOrder.declaredOutputs("{\"Outputs\": {\"B\": {}, \"A\": {}}}"));
        assertEquals(List.of(), OutputOrder.declaredOutputs("Outputs: [unclosed"));
    }
}
