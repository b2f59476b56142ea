package dev.moodleaws.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The site test: the rendered boot scripts run whole on nodes of real Moodle, MariaDB, Redis (TLS,
 * AUTH), PHP-FPM with Apache or nginx, and haproxy as the load balancer, with stand-ins only for
 * what AWS provides. See {@code src/test/site/README.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteIT {
    /** What both sites share: MariaDB, and the load balancer's health check every 5 seconds. */
    private static final String SERVICES = """
            database:
              engine: mariadb
            loadBalancer:
              certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666
              healthCheck:
                intervalSeconds: 5
                timeoutSeconds: 4
            """;
    private static final String APACHE_45_YAML = """
            name: sitetest
            region: eu-west-1
            moodle:
              version: "4.5"
              wwwroot: https://learn.site.test
              webServer: apache
              code:
                type: s3
                repository: s3://site-test-code/moodle.tgz
            """ + SERVICES;
    /** The same site with a ready wait of under a minute: a web node's wait is derived from its grace period. */
    private static final String SHORT_WAIT_YAML = APACHE_45_YAML + """
            web:
              healthCheckGracePeriodSeconds: 2650
            """;
    private static TestSite apache45;
    /** The same site on baked images: the bake runs once, the nodes boot from its image. */
    private static final String BAKED_45_YAML = APACHE_45_YAML + """
            images:
              mode: baked
            """;
    private static TestSite baked45;

    @BeforeAll
    static void prerequisites() {
        Prerequisites.require();
        apache45 = TestSite.of("apache45", "4.5.0", APACHE_45_YAML)
                .upgradeTo("4.5.6", APACHE_45_YAML)
                .upgradeTo("5.1.3", APACHE_45_YAML.replace("version: \"4.5\"", "version: \"5.1\""));
    }

    @AfterAll
    static void teardown() {
        for (TestSite site : new TestSite[] {apache45, baked45}) {
            if (site != null) {
                site.teardownUnlessKept();
            }
        }
    }

    @Test
    @Order(1)
    void freshSiteWithApacheInstallsServesAndRunsCron() {
        apache45.assertScenario("fresh");
    }

    /**
     * The second site, after the first site's scenarios (JUnit runs nested classes last): Moodle 5.1.3
     * with the {@code public/} layout on Amazon Linux 2023 nodes (mapped onto this machine by the
     * harness), nginx, a plugin the test builds, and mail through an SMTP relay the test runs.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SecondSite {
        private static final String RELEASE = "5.1.3";
        private static final String PLUGIN_ARCHIVE = "s3://site-test-code/plugins/local_sitetest.zip";
        private static final String TOO_NEW_ARCHIVE = "s3://site-test-code/plugins/local_sitetoonew.zip";
        /** Moodle 5.1.3's version: the plugin requires it, the one that does not fit requires more. */
        private static final long MOODLE_513 = 2025100603L;
        private static final TestPlugin PLUGIN = new TestPlugin("sitetest", 2026010100L, MOODLE_513);
        private static final TestPlugin TOO_NEW = new TestPlugin("sitetoonew", 2026010100L, MOODLE_513 + 100L);
        private TestSite site;

        private String yaml(TestPlugin plugin, String archive) {
            return """
                    name: sitetest
                    region: eu-west-1
                    moodle:
                      version: "5.1"
                      wwwroot: https://learn51.site.test
                      os: amazon-linux-2023
                      webServer: nginx
                      code:
                        type: s3
                        repository: s3://site-test-code/moodle-5.1.tgz
                      mail:
                        mode: relay
                        noReplyAddress: noreply@learn51.site.test
                        host: smtp.site.test
                        port: 587
                        security: starttls
                        user: moodle-relay
                        passwordSecretArn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:sitetest-relay-Qr90St
                      plugins:
                        - component: %s
                          s3: %s
                          sha256: %s
                    """.formatted(plugin.component(), archive, plugin.sha256()) + SERVICES;
        }

        @BeforeAll
        void render() {
            if (apache45 != null) {
                apache45.teardownUnlessKept();
            }
            site = TestSite.of("nginx51", RELEASE, yaml(PLUGIN, PLUGIN_ARCHIVE));
            site.putS3Object(PLUGIN_ARCHIVE, PLUGIN.zip());
            site.putS3Object(TOO_NEW_ARCHIVE, TOO_NEW.zip());
            site.addStableUserData("stable-too-new-plugin", RELEASE, yaml(TOO_NEW, TOO_NEW_ARCHIVE));
        }

        @AfterAll
        void teardown() {
            if (site != null) {
                site.teardownUnlessKept();
            }
        }

        @Test
        @Order(1)
        void fresh51SiteOnAmazonLinuxWithNginxInstallsServesAndRunsCron() {
            site.assertScenario("second_fresh");
        }

        @Test
        @Order(2)
        void declaredPluginIsInstalledUnderPublicOnEveryNode() {
            site.assertScenario("second_plugins");
        }

        @Test
        @Order(3)
        void mailLeavesThroughTheRelayWithTheNoReplyAddress() {
            site.assertScenario("second_mail");
        }

        @Test
        @Order(4)
        void pluginRequiringNewerMoodleStopsTheStableBootWithOneFailure() {
            site.assertScenario("second_too_new_plugin");
        }
    }

    @Test
    @Order(10)
    void aRebootOfEachNodeChangesNothing() {
        assertEquals(0, apache45.run("reboot"), "scenario reboot: see the output above");
    }

    @Test
    @Order(11)
    void theBootScriptRunAgainWithTracingChangesNothingAndPrintsNoSecret() {
        assertEquals(0, apache45.run("rerun"), "scenario rerun: see the output above");
    }

    @Test
    @Order(12)
    void aReplacedStableNodeReinstallsTheSameCodeWhileTheWebNodesServe() {
        assertEquals(0, apache45.run("replace_stable"), "scenario replace_stable: see the output above");
    }

    @Test
    @Order(13)
    void aMinorUpgradeRunsInMaintenanceAndOnlyNewWebNodesServeAfterIt() {
        assertEquals(0, apache45.run("upgrade_minor"), "scenario upgrade_minor: see the output above");
    }

    @Test
    @Order(14)
    void aFailedUpgradeLeavesTheStatedStateAndTheRollbackRecovers() {
        assertEquals(0, apache45.run("upgrade_failed"), "scenario upgrade_failed: see the output above");
    }

    @Test
    @Order(15)
    void aMajorUpgradeMovesTheWebRootToPublic() {
        assertEquals(0, apache45.run("upgrade_major"), "scenario upgrade_major: see the output above");
    }

    @Test
    @Order(16)
    void aRebalanceRecommendationDoesNotDrainATerminationNoticeDoes() {
        assertEquals(0, apache45.run("spot"), "scenario spot: see the output above");
    }

    @Test
    @Order(50)
    void bakedSiteBootsFromItsImageAndFetchesNothingAtBoot() {
        baked45 = TestSite.of("baked45", "4.5.0", BAKED_45_YAML);
        try {
            assertEquals(0, baked45.run("baked"), "scenario baked: see the output above");
        } finally {
            baked45.teardownUnlessKept();
        }
    }

    @Test
    @Order(2)
    void aRotatedDatabasePasswordReachesEveryNodeWithinTheStatedBound() {
        assertEquals(0, apache45.run("rotation"), "scenario rotation: see the output above");
    }

    @Test
    @Order(100)
    void aFailureAtEachBootStepAndAStableNodeThatNeverComesEndInOneFailureSignal() {
        TestSite faults = TestSite.of("faults", "4.5.0", SHORT_WAIT_YAML);
        try {
            assertEquals(0, faults.run("boot_faults"), "scenario boot_faults: see the output above");
            assertEquals(0, faults.run("ready_timeout"), "scenario ready_timeout: see the output above");
        } finally {
            if (System.getenv("SITE_KEEP") == null) {
                faults.teardown();
            }
        }
    }
}
