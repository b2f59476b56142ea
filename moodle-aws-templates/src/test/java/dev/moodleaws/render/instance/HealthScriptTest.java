package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered health script with PHP: a node answers "not ready" while the ready file does
 * not name the code version it runs (during an upgrade, and once the database was upgraded for
 * newer code), so the target group takes nodes with old code out of service.
 */
class HealthScriptTest {
    @TempDir
    Path dir;

    /** The health script's answer with the node's code version {@code code} and the ready file {@code ready} (null: none). */
    private String answer(String code, String ready) throws IOException {
        Tools.assumeInstalled("php");
        var d = Fixtures.deployment();
        String script = TemplateEngine.builtIn().render("instance/health.php.ftl", InstanceRenderer.healthModel(d));
        String readyFile = d.moodle().dataroot() + "/" + BootModel.READY_FILE_NAME;
        assertTrue(script.contains("'" + readyFile + "'") && script.contains("'" + BootModel.CODE_VERSION_FILE + "'"), script);
        Path codeFile = dir.resolve("code-version");
        Path readyCopy = dir.resolve("ready");
        Files.writeString(codeFile, code + "\n");
        if (ready != null) {
            Files.writeString(readyCopy, ready);
        }
        // the database the runtime file names is not there: a node that passes the ready check says "unreachable"
        Path runtime = dir.resolve("runtime.php");
        Files.writeString(runtime, "<?php return ['dbhost' => '127.0.0.1', 'dbuser' => 'u', 'dbpass' => 'p', 'dbport' => 1,"
                + " 'redishost' => '127.0.0.1', 'redisport' => 1, 'redisauth' => ''];\n");
        Path health = dir.resolve("health.php");
        Files.writeString(health, script.replace("'" + readyFile + "'", "'" + readyCopy + "'")
                .replace("'" + BootModel.CODE_VERSION_FILE + "'", "'" + codeFile + "'"));
        Tools.Result r = Tools.run(List.of("php", health.toString()),
                Map.of(ConfigPhpModel.RUNTIME_VARIABLE, runtime.toString()), dir);
        return r.out().strip();
    }

    @Test
    void aNodeIsNotReadyWhileTheReadyFileNamesAnotherVersion() throws IOException {
        assertEquals("not ready for this code", answer("v-old", "ref=main\ncommit=v-new\n"));
    }

    @Test
    void aNodeIsNotReadyWhileTheReadyFileIsWithdrawn() throws IOException {
        assertEquals("not ready for this code", answer("v-old", null));
    }

    @Test
    void aNodeWhoseVersionIsMarkedReadyGoesOnToCheckWhatItReaches() throws IOException {
        assertEquals("unreachable", answer("v-new", "ref=main\ncommit=v-new\n"));
    }
}
