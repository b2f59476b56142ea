package dev.moodleaws.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The site test: the rendered boot scripts run whole on nodes of real Moodle, MariaDB, Redis (TLS,
 * AUTH), PHP-FPM with Apache or nginx, and haproxy as the load balancer, with stand-ins only for
 * what AWS provides. See {@code src/test/site/README.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteIT {
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
            database:
              engine: mariadb
            loadBalancer:
              certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666
              healthCheck:
                intervalSeconds: 5
                timeoutSeconds: 4
            """;
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
        if (System.getenv("SITE_KEEP") == null) {
            for (TestSite site : new TestSite[] {apache45, baked45}) {
                if (site != null) {
                    site.teardown();
                }
            }
        }
    }

    @Test
    @Order(1)
    void freshSiteWithApacheInstallsServesAndRunsCron() {
        assertEquals(0, apache45.run("fresh"), "scenario fresh: see the output above");
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
        assertEquals(0, baked45.run("baked"), "scenario baked: see the output above");
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
