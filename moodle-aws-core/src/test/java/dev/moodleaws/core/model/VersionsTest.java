package dev.moodleaws.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {

    @ParameterizedTest
    @CsvSource({
        "8.0.39, 8.4, -1",
        "8.4, 8.0.39, 1",
        "8.0, 8.0.0, 0",
        "10.11, 10.6, 1",
        "8.0.mysql_aurora.3.08.0, 8.0, 0",
        "8.0.mysql_aurora.3.08.0, 8.4, -1",
        "7.1-rc1, 7.1, 0",
        "7-2, 7.1, 1",
        "8.0., 8.0, 0",
        "8..1, 8.2, 0",
        "'', 1, 0",
        "1234567890, 1, 0",
        "'.', 0, 0",
    })
    void comparesLeadingNumericParts(String a, String b, int expected) {
        assertEquals(expected, Integer.signum(Versions.compare(a, b)));
    }

    @ParameterizedTest
    @CsvSource({"8.0.39, 2, 8.0", "8.0.39, 1, 8", "8, 2, 8", "5.0.1, 5, 5.0.1"})
    void prefixKeepsTheFirstParts(String version, int parts, String expected) {
        assertEquals(expected, Versions.prefix(version, parts));
    }
}
