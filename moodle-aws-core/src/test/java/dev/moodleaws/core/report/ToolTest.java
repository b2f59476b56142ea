package dev.moodleaws.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolTest {
    @Test
    void theVersionIsFilledInByTheBuild() {
        Tool tool = Tool.current();
        assertEquals("moodle-aws", tool.name());
        assertTrue(tool.version().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), tool.version());
        assertTrue(tool.informationUri().startsWith("https://"), tool.informationUri());
    }
}
