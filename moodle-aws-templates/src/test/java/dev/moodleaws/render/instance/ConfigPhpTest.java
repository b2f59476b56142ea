package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LockFactory;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.WebServer;
import dev.moodleaws.core.bundle.BootFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the rendered config.php with PHP, a stand-in runtime file and a stand-in lib/setup.php. */
class ConfigPhpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETUP = "<?php\necho json_encode(['cfg' => $CFG, 'setup' => __FILE__,"
            + " 'leaked' => isset($moodleaws), 'leakedMail' => isset($moodleawsmail) || isset($moodleawskey)]);\n";
    private static final String RUNTIME = "<?php\nreturn ['dbhost' => 'writer.db.internal', 'dbreader' => 'reader.db.internal',"
            + " 'dbport' => 3306, 'dbuser' => 'moodle', 'dbpass' => 'pw-from-secrets-manager',"
            + " 'redishost' => 'master.redis.internal', 'redisport' => 6379, 'redisauth' => 'token-from-secrets-manager'];\n";

    @BeforeAll
    static void php() {
        Tools.assumeInstalled("php");
    }

    static Stream<Arguments> versionsAndEngines() {
        List<Arguments> all = new ArrayList<>();
        for (MoodleVersion v : MoodleVersion.values()) {
            for (DatabaseEngine e : DatabaseEngine.values()) {
                all.add(Arguments.of(v, e));
            }
        }
        return all.stream();
    }

    /** Writes config.php into a code root with the stand-in setup.php of the version, runs it and returns $CFG. */
    static JsonNode run(Deployment d, Path dir) throws Exception {
        return run(d, dir, Map.of());
    }

    /** {@link #run(Deployment, Path)} with more environment variables. */
    static JsonNode run(Deployment d, Path dir, Map<String, String> env) throws Exception {
        String config = Fixtures.render(d).files().stream().filter(f -> f.path().equals(BootFiles.CONFIG_PHP))
                .findFirst().orElseThrow().content();
        Path root = dir.resolve("moodle");
        Path setup = d.moodle().version().publicDirectory()
                ? root.resolve("public/lib/setup.php") : root.resolve("lib/setup.php");
        Files.createDirectories(setup.getParent());
        Files.writeString(setup, SETUP);
        Files.writeString(root.resolve("config.php"), config);
        Path runtime = dir.resolve("runtime.php");
        Files.writeString(runtime, RUNTIME);
        Tools.Result lint = Tools.run(List.of("php", "-l", root.resolve("config.php").toString()));
        assertEquals(0, lint.exit(), lint.out());
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put(ConfigPhpModel.RUNTIME_VARIABLE, runtime.toString());
        Tools.Result r = Tools.run(List.of("php", root.resolve("config.php").toString()), all, dir);
        assertEquals(0, r.exit(), r.out());
        JsonNode out = JSON.readTree(r.out());
        assertEquals(setup.toString(), out.get("setup").asText(), "the setup.php of Moodle " + d.moodle().version().label());
        assertFalse(out.get("leaked").asBoolean(), "the runtime values are unset before setup.php");
        assertFalse(out.get("leakedMail").asBoolean(), "the mail secret is unset before setup.php");
        return out.get("cfg");
    }

    @ParameterizedTest(name = "Moodle {0} on {1}")
    @MethodSource("versionsAndEngines")
    void configPhpRunsForEveryVersionAndEngine(MoodleVersion version, DatabaseEngine engine, @TempDir Path dir) throws Exception {
        JsonNode cfg = run(Fixtures.of(version, engine, OperatingSystem.UBUNTU_24_04, WebServer.APACHE), dir);
        String expectedType = switch (engine) {
            case AURORA_MYSQL -> "auroramysql";
            case MYSQL -> "mysqli";
            case MARIADB -> "mariadb";
        };
        assertEquals(expectedType, cfg.get("dbtype").asText());
        assertEquals("writer.db.internal", cfg.get("dbhost").asText());
        assertEquals("pw-from-secrets-manager", cfg.get("dbpass").asText());
        assertEquals(3306, cfg.at("/dboptions/dbport").asInt());
        assertEquals("utf8mb4_unicode_ci", cfg.at("/dboptions/dbcollation").asText());
        assertTrue(cfg.at("/dboptions/readonly").isMissingNode(), "no reader unless asked");
        assertEquals("\\core\\session\\redis", cfg.get("session_handler_class").asText());
        assertEquals("master.redis.internal", cfg.get("session_redis_host").asText());
        assertEquals(6379, cfg.get("session_redis_port").asInt());
        assertEquals("token-from-secrets-manager", cfg.get("session_redis_auth").asText());
        assertEquals("/etc/ssl/certs/ca-certificates.crt", cfg.at("/session_redis_encrypt/cafile").asText());
        assertFalse(cfg.has("sessionredis_host"));
        assertEquals("/var/www/moodledata", cfg.get("dataroot").asText());
        assertEquals("/var/www/moodledata/cache", cfg.get("cachedir").asText());
        assertEquals("/var/www/moodledata/temp", cfg.get("tempdir").asText());
        assertEquals("/var/www/moodledata/temp/backup", cfg.get("backuptempdir").asText());
        assertEquals(ConfigPhpModel.LOCAL_CACHE_DIR, cfg.get("localcachedir").asText());
        assertEquals(ConfigPhpModel.LOCAL_REQUEST_DIR, cfg.get("localrequestdir").asText());
        assertTrue(cfg.get("sslproxy").asBoolean());
        assertTrue(cfg.get("preventexecpath").asBoolean(), "no executable path can be set from the admin pages");
        assertFalse(cfg.has("preventfilelocking"), "file locking stays on");
        assertEquals("\\core\\lock\\mysql_lock_factory", cfg.get("lock_factory").asText());
        assertEquals(1, cfg.get("enableasyncbackup").asInt());
        assertEquals(1, cfg.get("cronclionly").asInt());
        assertEquals(02775, cfg.get("directorypermissions").asInt());
        assertEquals(1, cfg.get("getremoteaddrconf").asInt());
        assertEquals("10.0.0.0/16", cfg.get("reverseproxyignore").asText());
        assertEquals("https://learn.example.org", cfg.get("wwwroot").asText());
    }

    @Test
    void readsFromTheReplicaWhenAskedAndFollowsTheDescriptorsChoices(@TempDir Path dir) throws Exception {
        Deployment d = Fixtures.deployment(m -> m.lockFactory(LockFactory.AUTO).preventFileLocking(true).asyncBackup(false));
        d = d.toBuilder().database(Database.builder().readFromReplica(true).build())
                .cache(d.cache().toBuilder().transitEncryption(false).authToken(false).build()).build();
        JsonNode cfg = run(d, dir);
        assertEquals("reader.db.internal", cfg.at("/dboptions/readonly/instance").asText());
        assertFalse(cfg.has("lock_factory"), "auto leaves the choice to Moodle");
        assertTrue(cfg.get("preventfilelocking").asBoolean());
        assertFalse(cfg.has("enableasyncbackup"));
        assertFalse(cfg.has("session_redis_auth"));
        assertFalse(cfg.has("session_redis_encrypt"));
    }

    @Test
    void hostileValuesStayInsideTheirLiterals(@TempDir Path dir) throws Exception {
        String hostile = "x'; system('id'); $(id) `id` \\' \n?> <?php echo 1; \nMOODLE_AWS_EOF\n\"";
        Map<String, Object> forced = new LinkedHashMap<>();
        forced.put("theme", hostile);
        forced.put("odd'name;$(id)", 5);
        forced.put("maxbytes", 1048576L);
        forced.put("debugdisplay", false);
        forced.put("ratio", 0.5);
        Map<String, Map<String, Object>> plugins = new LinkedHashMap<>();
        plugins.put("tool_x'y", Map.of("k'?>", hostile));
        Deployment d = Fixtures.deployment(m -> m.wwwroot("https://learn.example.org/" + hostile)
                .forcedSettings(forced).forcedPluginSettings(plugins));
        JsonNode cfg = run(d, dir);
        assertEquals("https://learn.example.org/" + hostile, cfg.get("wwwroot").asText());
        assertEquals(hostile, cfg.get("theme").asText());
        assertEquals(5, cfg.get("odd'name;$(id)").asInt());
        assertEquals(1048576L, cfg.get("maxbytes").asLong());
        assertFalse(cfg.get("debugdisplay").asBoolean());
        assertEquals(0.5, cfg.get("ratio").asDouble());
        assertEquals(hostile, cfg.at("/forced_plugin_settings").get("tool_x'y").get("k'?>").asText());
    }
}
