package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.WebServer;
import java.util.List;

/**
 * The log files the CloudWatch agent ships, each to its own log group of the stack: the boot log,
 * the web server's access and error logs, PHP-FPM's log and (on the stable node) the cron log.
 */
public final class LogFiles {
    /** Every log group is {@code /moodle-aws/<stack>/<name>}. */
    public static final String GROUP_PREFIX = "/moodle-aws/";
    /** Where the stable node appends the output of every cron run (rotated daily). */
    public static final String CRON_LOG = "/var/log/moodle-aws/cron.log";
    static final String BOOT_LOG = "/var/log/moodle-aws-boot.log";

    /**
     * One shipped log.
     *
     * @param name       the last part of the log group name, also a part of its logical ID
     * @param path       the file on the instance
     * @param stableOnly only the stable node writes it
     */
    public record LogFile(String name, String path, boolean stableOnly) {
        /** The logical ID of its log group, e.g. {@code LogGroupWebAccess}. */
        public String logicalId() {
            StringBuilder id = new StringBuilder("LogGroup");
            for (String part : name.split("-")) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            return id.toString();
        }
    }

    private LogFiles() {
    }

    /** The logs of a deployment's instances, in the order of their log groups. */
    public static List<LogFile> of(Moodle m) {
        boolean ubuntu = m.os() == OperatingSystem.UBUNTU_24_04;
        String web;
        String access;
        String error;
        if (m.webServer() == WebServer.NGINX) {
            web = "/var/log/nginx/";
            access = "access.log";
            error = "error.log";
        } else {
            web = ubuntu ? "/var/log/apache2/" : "/var/log/httpd/";
            access = ubuntu ? "access.log" : "access_log";
            error = ubuntu ? "error.log" : "error_log";
        }
        String fpm = ubuntu ? "/var/log/php" + Effective.phpVersion(m) + "-fpm.log" : "/var/log/php-fpm/error.log";
        return List.of(new LogFile("boot", BOOT_LOG, false), new LogFile("web-access", web + access, false),
                new LogFile("web-error", web + error, false), new LogFile("php-fpm", Checked.path("PHP-FPM log", fpm), false),
                new LogFile("cron", CRON_LOG, true));
    }

    /**
     * The logs a node role ships, as the words {@code name:path} the boot script turns into the
     * CloudWatch agent's configuration (one log group each, one stream per instance); a stable node
     * outside the target group serves nothing and ships no web server log.
     */
    static String agentLogs(Moodle m, boolean stable, boolean serves) {
        StringBuilder out = new StringBuilder();
        for (LogFile f : of(m)) {
            if ((!f.stableOnly() || stable) && (serves || !f.name().startsWith("web-"))) {
                out.append(out.isEmpty() ? "" : " ").append(f.name()).append(':').append(f.path());
            }
        }
        return out.toString();
    }
}
