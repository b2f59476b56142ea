package dev.moodleaws.render.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.render.BootTimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered runtime refresh (the timer's script) with bash and the real php, its absolute
 * paths moved into a sandbox, with stand-ins for the aws CLI (secrets from files) and for mysqli
 * (recording the statements): the stable node makes Moodle's own database user match its secret as
 * the master user, every node rewrites its runtime file when a secret changed and leaves it alone
 * otherwise.
 */
class RuntimeRefreshTest {
    @TempDir
    Path dir;
    private Path secrets;
    private Path runtime;
    private Path sql;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void sandbox() throws IOException {
        Tools.assumeInstalled("php");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        secrets = Files.createDirectories(dir.resolve("secrets"));
        sql = dir.resolve("sql.log");
        Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(dir.resolve("lib"));
        runtime = dir.resolve("etc/runtime.php");
        Files.writeString(dir.resolve("etc/stack.env"), String.join("\n",
                "declare -x MOODLE_AWS_REGION=\"eu-west-1\"", "declare -x MOODLE_AWS_DB_HOST=\"writer.db.internal\"",
                "declare -x MOODLE_AWS_DB_READER_HOST=\"\"", "declare -x MOODLE_AWS_DB_PORT=\"3306\"",
                "declare -x MOODLE_AWS_DB_SECRET_ARN=\"arn-moodle\"", "declare -x MOODLE_AWS_DB_MASTER_SECRET_ARN=\"arn-master\"",
                "declare -x MOODLE_AWS_REDIS_HOST=\"redis.internal\"", "declare -x MOODLE_AWS_REDIS_PORT=\"6379\"",
                "declare -x MOODLE_AWS_REDIS_SECRET_ARN=\"arn-redis\"", ""));
        secret("arn-master", "{\"username\":\"admin\",\"password\":\"master-pw\"}");
        secret("arn-moodle", "{\"username\":\"moodle_app\",\"password\":\"first-pw\"}");
        secret("arn-redis", "redis-token");
        stub(bin, "aws", "echo \"aws $*\" >> '" + dir.resolve("aws.log") + "'\ncat '" + secrets + "'/\"$6\"\n");
        Path fake = dir.resolve("fake-mysqli.php");
        Files.writeString(fake, "<?php\nclass mysqli {\n"
                + "    public function __construct($h, $u, $p, $d, $port) { $this->log(\"connect $u:$p@$h:$port\"); }\n"
                + "    public function real_escape_string($s) { return addslashes($s); }\n"
                + "    public function query($q) { $this->log($q); return true; }\n"
                + "    private function log($line) { file_put_contents('" + sql + "', $line . \"\\n\", FILE_APPEND); }\n}\n");
        stub(bin, "php", "exec /usr/bin/php -n -d auto_prepend_file='" + fake + "' \"$@\"\n");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
    }

    private void secret(String arn, String value) throws IOException {
        Files.writeString(secrets.resolve(arn), value + "\n");
    }

    private static void stub(Path bin, String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The body of the heredoc that writes {@code file} in {@code script}. */
    static String heredoc(String script, String file) {
        int start = script.indexOf("cat > " + file + " <<'");
        assertTrue(start >= 0, "the script writes " + file);
        int open = script.indexOf('\n', start) + 1;
        String delimiter = script.substring(script.indexOf("<<'", start) + 3, script.indexOf('\'', script.indexOf("<<'", start) + 3));
        return script.substring(open, script.indexOf("\n" + delimiter + "\n", open) + 1);
    }

    /** Installs the node's runtime files into the sandbox and runs its refresh once. */
    private Tools.Result refresh(String userData) throws IOException {
        for (String php : List.of("write-runtime.php", "db-user.php")) {
            String path = "/usr/local/lib/moodle-aws/" + php;
            if (userData.contains("cat > " + path + " <<'")) {
                Files.writeString(dir.resolve("lib/" + php), heredoc(userData, path));
            }
        }
        String script = heredoc(userData, "/usr/local/lib/moodle-aws/refresh-runtime.sh")
                .replace("/usr/local/lib/moodle-aws", dir.resolve("lib").toString())
                .replace("/etc/moodle-aws/runtime.php", runtime.toString())
                .replace("/etc/moodle-aws", dir.resolve("etc").toString())
                .replace("-o root -g \"$WEB_USER\" ", "");
        Files.writeString(dir.resolve("refresh.sh"), script);
        return Tools.run(List.of("bash", dir.resolve("refresh.sh").toString()), env, dir);
    }

    private String sqlLog() throws IOException {
        return Files.exists(sql) ? Files.readString(sql) : "";
    }

    @Test
    void theStableNodeMakesMoodlesUserMatchItsSecretAndEveryChangeReachesTheRuntimeFile() throws Exception {
        String stable = Fixtures.render(Fixtures.deployment()).stableUserData();

        Tools.Result first = refresh(stable);
        assertEquals(0, first.exit(), first.out());
        assertEquals(String.join("\n", "connect admin:master-pw@writer.db.internal:3306",
                "CREATE USER IF NOT EXISTS 'moodle_app'@'%' IDENTIFIED BY 'first-pw'",
                "ALTER USER 'moodle_app'@'%' IDENTIFIED BY 'first-pw'",
                "GRANT ALL PRIVILEGES ON `moodle`.* TO 'moodle_app'@'%'", ""), sqlLog(), "privileges on its schema only");
        String written = Files.readString(runtime);
        assertTrue(written.contains("'dbuser' => 'moodle_app'") && written.contains("'dbpass' => 'first-pw'"), written);
        assertTrue(written.contains("'redisauth' => 'redis-token'"), written);
        assertFalse(written.contains("master-pw"), "Moodle never connects as the master user");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime)));

        Files.delete(sql);
        Tools.Result same = refresh(stable);
        assertEquals(0, same.exit(), same.out());
        assertFalse(same.out().contains("rewritten"), same.out());
        assertEquals("", sqlLog(), "an unchanged secret touches neither the database nor the file");

        secret("arn-moodle", "{\"username\":\"moodle_app\",\"password\":\"rotated-pw\"}");
        Tools.Result rotated = refresh(stable);
        assertEquals(0, rotated.exit(), rotated.out());
        assertTrue(rotated.out().contains("rewritten"), rotated.out());
        assertTrue(sqlLog().contains("ALTER USER 'moodle_app'@'%' IDENTIFIED BY 'rotated-pw'"), sqlLog());
        assertTrue(Files.readString(runtime).contains("'dbpass' => 'rotated-pw'"));
    }

    @Test
    void aWebNodeReadsOnlyMoodlesSecretAndPicksUpARotationOnItsNextRun() throws Exception {
        String web = Fixtures.render(Fixtures.deployment()).webUserData();
        assertFalse(web.contains("db-user.php <<'"), "web nodes never act as the master user");

        assertEquals(0, refresh(web).exit());
        secret("arn-moodle", "{\"username\":\"moodle_app\",\"password\":\"rotated-pw\"}");
        Tools.Result rotated = refresh(web);
        assertEquals(0, rotated.exit(), rotated.out());
        assertTrue(Files.readString(runtime).contains("'dbpass' => 'rotated-pw'"));
        assertEquals("", sqlLog());
        assertFalse(Files.readString(dir.resolve("aws.log")).contains("arn-master"), "the master secret is never read");
    }

    @Test
    void aFailedReadKeepsTheRuntimeFileAndTheNextRunRetries() throws Exception {
        String web = Fixtures.render(Fixtures.deployment()).webUserData();
        assertEquals(0, refresh(web).exit());
        String before = Files.readString(runtime);
        Files.delete(secrets.resolve("arn-moodle"));
        assertTrue(refresh(web).exit() != 0, "a failed read fails the run");
        assertEquals(before, Files.readString(runtime), "and leaves the file Moodle reads as it was");
    }

    @Test
    void aServiceRunsTheRefreshEveryMinuteAndTheRunbookStatesTheBound() {
        InstanceArtifacts a = Fixtures.render(Fixtures.deployment());
        for (String script : List.of(a.webUserData(), a.stableUserData())) {
            String unit = heredoc(script, "/etc/systemd/system/moodle-aws-runtime.service");
            assertTrue(unit.contains("ExecStart=/usr/local/lib/moodle-aws/refresh-runtime.sh every "
                    + BootTimes.RUNTIME_REFRESH_SECONDS + "\nRestart=always\n"), unit);
            assertTrue(script.contains("systemctl enable --now moodle-aws-runtime.service\n"));
            assertTrue(script.indexOf("retry /usr/local/lib/moodle-aws/refresh-runtime.sh\n") < script.indexOf("cat > \"$CODE_ROOT/config.php\""),
                    "the boot writes the runtime file with the same script before anything reads it");
        }
        assertTrue(a.stableUserData().contains("step \"database user\"\nretry /usr/local/lib/moodle-aws/refresh-runtime.sh\n"),
                "a failure to create Moodle's user names its own step");
        String runbook = a.files().stream().filter(f -> f.path().equals(BootFiles.RUNBOOK)).findFirst().orElseThrow().content();
        assertEquals(4 * 60, BootTimes.rotationBoundSeconds(Fixtures.deployment()), "2 refreshes, OPcache, 2 checks 30 s apart");
        assertTrue(runbook.contains("succeeds again\nwithin 4 minutes without a reboot"), runbook);
        assertTrue(runbook.contains("its own database user `moodle_app`"), runbook);
    }
}
