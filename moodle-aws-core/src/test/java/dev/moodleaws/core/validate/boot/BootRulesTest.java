package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BootRulesTest {
    private static final String WEB_OK = "#!/bin/bash\nset -euo pipefail\napt-get install -y apache2\n"
            + "cat > /var/www/moodle/config.php <<'EOF'\n$CFG->cronclionly = 1;\nEOF\nsystemctl start apache2\n";
    private static final String STABLE_OK = "#!/bin/bash\nset -euo pipefail\ncat > /etc/cron.d/moodle <<'EOF'\n"
            + "* * * * * www-data flock -n /run/lock/moodle-cron.lock /usr/bin/php /var/www/moodle/admin/cli/cron.php\nEOF\n";
    private static final String CONFIG_OK = "<?php\n$CFG->dbpass = $moodleaws['dbpass'];\n"
            + "$CFG->session_redis_auth = $moodleaws['redisauth'];\n$CFG->session_redis_host = $moodleaws['redishost'];\n"
            + "$CFG->passwordpolicy = 1;\n";

    private static Deployment deployment(boolean stableRunsCron) {
        return Deployment.builder().name("campus").region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .stable(StableNode.builder().runsCron(stableRunsCron).build())
                .build();
    }

    private static List<Finding> check(ArtifactRule rule, Deployment d, String web, String stable, String config) {
        List<BundleFile> files = new ArrayList<>();
        files.add(new BundleFile(BootFiles.WEB_USER_DATA, web, true));
        files.add(new BundleFile(BootFiles.STABLE_USER_DATA, stable, true));
        files.add(new BundleFile(BootFiles.CONFIG_PHP, config, false));
        Findings out = new Findings(rule.info(), d.sourceMap());
        rule.check(d, new Bundle(files), out);
        return out.list();
    }

    private static List<Finding> check(ArtifactRule rule, String web, String stable, String config) {
        return check(rule, deployment(true), web, stable, config);
    }

    @Test
    void theRegistryHoldsEveryBootRuleWithDistinctIds() {
        Set<String> ids = BootRules.all().stream().map(r -> r.info().id()).collect(Collectors.toSet());
        assertEquals(Set.of("BOOT-001", "BOOT-002", "BOOT-003", "BOOT-004", "BOOT-005", "BOOT-006"), ids);
    }

    @Test
    void everyRulePassesOnWellFormedFiles() {
        for (ArtifactRule rule : BootRules.all()) {
            assertEquals(List.of(), check(rule, WEB_OK, STABLE_OK, CONFIG_OK), rule.info().id());
        }
    }

    @Test
    void aWebScriptWritingACronEntryFailsAtThatLine() {
        String broken = WEB_OK + "echo '* * * * * www-data php /var/www/moodle/admin/cli/cron.php' > /etc/cron.d/moodle\n";
        List<Finding> found = check(new WebUserDataSchedulesNoCron(), broken, STABLE_OK, CONFIG_OK);
        assertEquals(1, found.size());
        assertEquals(8, found.get(0).where().orElseThrow().line());
        assertEquals(BootFiles.WEB_USER_DATA, found.get(0).subject());
    }

    @Test
    void aWebScriptUsingCrontabOrATimerFails() {
        assertEquals(1, check(new WebUserDataSchedulesNoCron(),
                WEB_OK + "(crontab -l; echo x) | crontab -u www-data -\n", STABLE_OK, CONFIG_OK).size());
        assertEquals(2, check(new WebUserDataSchedulesNoCron(),
                WEB_OK + "printf '[Timer]\\nOnCalendar=minutely\\n' > /etc/systemd/system/m.timer\nsystemctl enable --now m.timer\n",
                STABLE_OK, CONFIG_OK).size());
    }

    @Test
    void theStableScriptMustScheduleCronExactlyOnce() {
        ArtifactRule rule = new StableUserDataSchedulesCronOnce();
        assertEquals(1, check(rule, WEB_OK, "#!/bin/bash\necho no cron\n", CONFIG_OK).size());
        String twice = STABLE_OK + "echo '* * * * * root php /var/www/moodle/admin/cli/cron.php' >> /etc/crontab\n";
        List<Finding> found = check(rule, WEB_OK, twice, CONFIG_OK);
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("2 time(s)"), found.get(0).message());
    }

    @Test
    void aStableNodeThatRunsNoCronMustScheduleNone() {
        ArtifactRule rule = new StableUserDataSchedulesCronOnce();
        assertEquals(1, check(rule, deployment(false), WEB_OK, STABLE_OK, CONFIG_OK).size());
        assertEquals(0, check(rule, deployment(false), WEB_OK, "#!/bin/bash\n", CONFIG_OK).size());
    }

    @Test
    void secretLiteralsInConfigPhpAreFound() {
        ArtifactRule rule = new ConfigPhpHasNoSecret();
        assertEquals(1, check(rule, WEB_OK, STABLE_OK, CONFIG_OK + "$CFG->dbpass = 'hunter2';\n").size());
        assertEquals(1, check(rule, WEB_OK, STABLE_OK, CONFIG_OK + "$CFG->{'smtppass'} = 's3cret';\n").size());
        assertEquals(1, check(rule, WEB_OK, STABLE_OK,
                CONFIG_OK + "$CFG->forced_plugin_settings = ['x' => ['apitoken' => 'abc']];\n").size());
        assertEquals(1, check(rule, WEB_OK, STABLE_OK, CONFIG_OK + "$CFG->x = 'AKIAABCDEFGHIJKLMNOP';\n").size());
        assertEquals(1, check(rule, WEB_OK, STABLE_OK, CONFIG_OK + "$CFG->smtpauth = 'x';\n").size());
    }

    @Test
    void theSmtpAuthenticationTypeIsNoSecret() {
        assertEquals(List.of(), check(new ConfigPhpHasNoSecret(), WEB_OK, STABLE_OK, CONFIG_OK + "$CFG->smtpauthtype = 'LOGIN';\n"));
    }

    @Test
    void theGuidesSessionRedisNameIsFound() {
        List<Finding> found = check(new ConfigPhpUsesSessionRedisNames(), WEB_OK, STABLE_OK,
                CONFIG_OK + "$CFG->sessionredis_host = 'redis.example.internal';\n");
        assertEquals(1, found.size());
        assertEquals(6, found.get(0).where().orElseThrow().line());
    }

    @Test
    void userDataIsMeasuredAsTheTemplateCarriesItCompressed() {
        ArtifactRule rule = new UserDataFitsSizeLimit();
        String repetitive = "#!/bin/bash\n" + "echo 'a line the boot script repeats'\n".repeat(2000);
        assertTrue(repetitive.length() > 4 * BootFiles.USER_DATA_LIMIT_BYTES);
        assertEquals(0, check(rule, repetitive, repetitive, CONFIG_OK).size());
    }

    @Test
    void userDataThatStaysOverTheLimitCompressedFails() {
        ArtifactRule rule = new UserDataFitsSizeLimit();
        java.util.Random random = new java.util.Random(42);
        StringBuilder noise = new StringBuilder("#!/bin/bash\n");
        while (noise.length() < 2 * BootFiles.USER_DATA_LIMIT_BYTES) {
            noise.append(Long.toString(random.nextLong(), 36)).append('\n');
        }
        List<Finding> found = check(rule, noise.toString(), STABLE_OK, CONFIG_OK);
        assertEquals(1, found.size());
        assertEquals(BootFiles.WEB_USER_DATA, found.get(0).subject());
        assertTrue(found.get(0).message().contains("compressed"), found.get(0).message());
    }

    @Test
    void aSecretShapeInAnyRenderedFileIsFoundAtItsLine() {
        ArtifactRule rule = new RenderedFilesHaveNoSecret();
        Deployment d = deployment(true);
        String template = "Resources:\n  Site:\n    Type: AWS::SSM::Parameter\n";
        String runbook = "# Runbook\n\nOpen https://learn.example.org/admin\n";
        String diagram = "flowchart LR\n  alb --> web\n";
        List<String> paths = List.of(Bundle.TEMPLATE, BootFiles.RUNBOOK, "architecture.mmd", BootFiles.CONFIG_PHP,
                BootFiles.WEB_USER_DATA, BootFiles.STABLE_USER_DATA, "instances/override-extra.sh");
        List<String> secrets = List.of("url: https://moodle:S3cr3tPw@learn.example.org",
                "key: AKIAABCDEFGHIJKLMNOP", "-----BEGIN RSA PRIVATE KEY-----",
                "k: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        for (String path : paths) {
            for (String secret : secrets) {
                List<BundleFile> files = new ArrayList<>(List.of(new BundleFile(Bundle.TEMPLATE, template, false),
                        new BundleFile(BootFiles.RUNBOOK, runbook, false), new BundleFile("architecture.mmd", diagram, false),
                        new BundleFile(BootFiles.CONFIG_PHP, CONFIG_OK, false),
                        new BundleFile(BootFiles.WEB_USER_DATA, WEB_OK, true),
                        new BundleFile(BootFiles.STABLE_USER_DATA, STABLE_OK, true),
                        new BundleFile("instances/override-extra.sh", "#!/bin/bash\n", true)));
                assertEquals(List.of(), run(rule, d, files), "clean files");
                int index = paths.indexOf(path);
                BundleFile clean = files.get(index);
                files.set(index, new BundleFile(path, clean.content() + secret + "\n", clean.executable()));
                List<Finding> found = run(rule, d, files);
                assertEquals(1, found.size(), path + " with " + secret);
                assertEquals(path, found.get(0).subject());
                assertEquals(clean.content().split("\n", -1).length, found.get(0).where().orElseThrow().line(), path);
                assertTrue(!found.get(0).message().contains("S3cr3tPw") && !found.get(0).message().contains("AKIAABCD"),
                        found.get(0).message());
            }
        }
    }

    @Test
    void commitHashesChecksumsAndPlainAddressesAreNoSecret() {
        String harmless = "ref: 0123456789abcdef0123456789abcdef01234567\n"
                + "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
                + "url: https://learn.example.org/login\nrepo: ssh://git@github.com/moodle/moodle.git\n";
        List<BundleFile> files = List.of(new BundleFile(Bundle.TEMPLATE, harmless, false));
        assertEquals(List.of(), run(new RenderedFilesHaveNoSecret(), deployment(true), files));
    }

    private static List<Finding> run(ArtifactRule rule, Deployment d, List<BundleFile> files) {
        Findings out = new Findings(rule.info(), d.sourceMap());
        rule.check(d, new Bundle(files), out);
        return out.list();
    }

    @Test
    void theBase64PayloadOfTheUserDataIsNoSecretButTheLinesAroundItAre() {
        String fortyMixed = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String payload = BootPayload.wrap("instances/web-user-data.sh", "echo hi\n");
        String template = "Resources:\n  Web:\n    UserData: |\n"
                + payload.lines().map(l -> "      " + l + "\n").collect(java.util.stream.Collectors.joining());
        String withKeyShapedPayloadLine = template.replace("base64 -d <<'MOODLE_AWS_BOOT_GZ' | gunzip",
                "base64 -d <<'MOODLE_AWS_BOOT_GZ' | gunzip)\n      " + fortyMixed + "\n      (true");
        assertEquals(List.of(), run(new RenderedFilesHaveNoSecret(), deployment(true),
                List.of(new BundleFile(Bundle.TEMPLATE, withKeyShapedPayloadLine, false))));
        List<Finding> after = run(new RenderedFilesHaveNoSecret(), deployment(true),
                List.of(new BundleFile(Bundle.TEMPLATE, template + "      k: " + fortyMixed + "\n", false)));
        assertEquals(1, after.size());
    }
}
