package dev.moodleaws.render;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.OperatingSystem;

/**
 * How long CloudFormation waits for the nodes' boot signals, and how long a web node waits for the
 * stable node, derived from the descriptor: the operating system (Ubuntu builds amazon-efs-utils at
 * boot, Amazon Linux 2023 builds phpredis) and the web fleet's health check grace period. Every
 * boot ends in one signal; these bounds make a boot that hangs fail the stack too.
 */
public final class BootTimes {
    /** The most the stable node takes to install or upgrade Moodle after its packages are in. */
    public static final int INSTALL_SECONDS = 1800;
    /** CloudFormation waits at most one hour for a batch of a rolling update. */
    public static final int MAX_PAUSE_SECONDS = 3600;

    /** How often every node reads the secrets and rewrites its runtime file when they changed. */
    public static final int RUNTIME_REFRESH_SECONDS = 60;
    /** How long PHP may keep serving the old runtime file from OPcache (its revalidate frequency). */
    public static final int OPCACHE_REVALIDATE_SECONDS = 60;

    private BootTimes() {
    }

    /** Packages, PHP extensions and the EFS mount helper. */
    public static int packageSeconds(Deployment d) {
        return d.moodle().os() == OperatingSystem.UBUNTU_24_04 ? 900 : 600;
    }

    /** How long the stable node has to boot, install or upgrade, and signal. */
    public static int stableSignalSeconds(Deployment d) {
        return packageSeconds(d) + INSTALL_SECONDS;
    }

    /** How long a web node has to boot, wait for the stable node, serve and signal. */
    public static int webSignalSeconds(Deployment d) {
        return Math.min(MAX_PAUSE_SECONDS, packageSeconds(d) + stableSignalSeconds(d) + settleSeconds(d));
    }

    /**
     * How long the load balancer may keep a web node of the old code in service after the stable node
     * withdrew the ready marker (the node's health check fails from then on): its unhealthy threshold
     * of checks, and one interval for the check under way. An upgrade keeps the site in maintenance
     * at least this long, so no old node serves outside maintenance against the upgraded database.
     */
    public static int outOfServiceSeconds(Deployment d) {
        var hc = d.loadBalancer().healthCheck();
        return hc.intervalSeconds() * (hc.unhealthyThreshold() + 1);
    }

    /** How long a web node waits for the stable node to mark its code ready before its boot fails. */
    public static int readyWaitSeconds(Deployment d) {
        return webSignalSeconds(d) - packageSeconds(d) - settleSeconds(d);
    }

    /**
     * How long after a change of Moodle's database password every request succeeds again, without a
     * reboot: the stable node sets a changed secret on the database within one refresh, every node
     * rewrites its runtime file within one refresh, PHP reads the new file within OPcache's
     * revalidate frequency, and the load balancer takes a node it marked unhealthy meanwhile back
     * after its healthy threshold of checks.
     */
    public static int rotationBoundSeconds(Deployment d) {
        var check = d.loadBalancer().healthCheck();
        return 2 * RUNTIME_REFRESH_SECONDS + OPCACHE_REVALIDATE_SECONDS + check.healthyThreshold() * check.intervalSeconds();
    }

    private static int settleSeconds(Deployment d) {
        return Math.max(60, d.web().healthCheckGracePeriodSeconds());
    }
}
