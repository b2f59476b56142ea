package dev.moodleaws.core.validate.rules;

import static dev.moodleaws.core.validate.rules.ApplicationFixtures.moodle;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.php;
import static dev.moodleaws.core.validate.rules.ApplicationFixtures.valid;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertFindsOne;
import static dev.moodleaws.core.validate.rules.RuleAssert.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.Php;
import dev.moodleaws.core.validate.Finding;
import org.junit.jupiter.api.Test;

class PhpRulesTest {

    @Test
    void phpNewerThanMoodleSupportsNamesTheRange() {
        Finding f = assertFindsOne(new PhpSupportedByMoodle(), php(p -> p.version("8.4")), "moodle.php.version", "8.4");
        assertTrue(f.message().contains("8.1 to 8.3"), f.message());
    }

    @Test
    void phpOlderThanMoodleRequiresNamesTheOpenRange() {
        Finding f = assertFindsOne(new PhpSupportedByMoodle(),
                moodle(m -> m.version(MoodleVersion.V5_2).php(Php.builder().version("8.2").build())),
                "moodle.php.version", "8.2");
        assertTrue(f.message().contains("8.3 or newer"), f.message());
    }

    @Test
    void supportedPhpPasses() {
        assertPasses(new PhpSupportedByMoodle(), valid());
        assertPasses(new PhpSupportedByMoodle(),
                moodle(m -> m.version(MoodleVersion.V5_0).php(Php.builder().version("8.4").build())));
    }

    @Test
    void phpTheSystemDoesNotShipNamesWhatItShips() {
        Finding f = assertFindsOne(new PhpShippedByOs(), php(p -> p.version("8.2")), "moodle.php.version", "8.2");
        assertTrue(f.message().contains("ubuntu-24.04 ships PHP 8.3"), f.message());
    }

    @Test
    void phpTheSystemShipsPasses() {
        assertPasses(new PhpShippedByOs(), valid());
        assertPasses(new PhpShippedByOs(),
                moodle(m -> m.os(OperatingSystem.AMAZON_LINUX_2023).php(Php.builder().version("8.2").build())));
        assertPasses(new PhpShippedByOs(), php(p -> p.version("8.3.6")));
    }

    @Test
    void tooFewInputVarsIsAnError() {
        assertFindsOne(new MaxInputVars(), php(p -> p.maxInputVars(1000)), "moodle.php.maxInputVars", "1000");
    }

    @Test
    void fiveThousandInputVarsPass() {
        assertPasses(new MaxInputVars(), valid());
        assertPasses(new MaxInputVars(), php(p -> p.maxInputVars(10000)));
    }

    @Test
    void smallMemoryLimitIsAWarning() {
        assertFindsOne(new MemoryLimit(), php(p -> p.memoryLimit("128M")), "moodle.php.memoryLimit", "128M");
    }

    @Test
    void enoughMemoryPasses() {
        assertPasses(new MemoryLimit(), valid());
        assertPasses(new MemoryLimit(), php(p -> p.memoryLimit("256M")));
        assertPasses(new MemoryLimit(), php(p -> p.memoryLimit("1G")));
    }

    @Test
    void uploadsLargerThanMemoryAreFine() {
        assertPasses(new MemoryLimit(), php(p -> p.memoryLimit("256M").uploadMaxSize("2G")));
    }
}
