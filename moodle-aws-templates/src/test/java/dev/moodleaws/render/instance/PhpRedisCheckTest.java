package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.model.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Amazon Linux 2023 the boot scripts build phpredis with pecl unless PHP already has it. The
 * check runs under {@code set -o pipefail}: it must say "present" for a PHP whose module list goes
 * on after {@code redis}, however the reading side stops.
 */
class PhpRedisCheckTest {

    @Test
    void phpWithRedisIsNotRebuiltWhateverFollowsRedisInItsModuleList(@TempDir Path dir) throws Exception {
        Tools.assumeInstalled("bash");
        String script = Fixtures.render(Fixtures.deployment(m -> m.os(OperatingSystem.AMAZON_LINUX_2023))).webUserData();
        String check = script.lines().filter(l -> l.startsWith("if ") && l.contains("redis") && l.contains("php -m"))
                .findFirst().orElseThrow(() -> new AssertionError("no phpredis check in the Amazon Linux user data"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // a PHP with redis whose module list is longer than a pipe holds after the line "redis"
        Path php = bin.resolve("php");
        Files.writeString(php, """
                #!/bin/bash
                [ "$1" = -m ] || exit 2
                printf '[PHP Modules]\\nCore\\nredis\\n'
                yes zz_module | head -n 200000
                """);
        Files.setPosixFilePermissions(php, PosixFilePermissions.fromString("rwxr-xr-x"));
        Tools.Result r = Tools.run(List.of("bash", "-c", "set -euo pipefail\n" + check + " echo build; else echo present; fi"),
                Map.of("PATH", bin + ":/usr/bin:/bin"), dir);
        assertEquals("present", r.out().strip(), check);
    }
}
