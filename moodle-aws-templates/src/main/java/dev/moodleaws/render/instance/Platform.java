package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.WebServer;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between the supported operating systems and web servers: package names, service
 * names, the PHP-FPM socket, configuration paths and the CA bundle.
 *
 * @param ubuntu          Ubuntu (apt) rather than Amazon Linux 2023 (dnf)
 * @param apache          Apache with PHP-FPM through proxy_fcgi, rather than nginx
 * @param packages        the packages to install, in order
 * @param phpFpmService   the PHP-FPM systemd unit
 * @param phpFpmSocket    the PHP-FPM pool's socket
 * @param webService      the web server's systemd unit
 * @param webConfigFile   where the Moodle site configuration of the web server goes
 * @param phpIniFiles     where the Moodle PHP settings go (FPM and CLI)
 * @param caFile          the system CA bundle (for TLS to Redis)
 * @param cronService     the cron daemon's systemd unit
 * @param redisFromPecl   phpredis is built with pecl (the system has no package for it)
 */
public record Platform(
        boolean ubuntu,
        boolean apache,
        List<String> packages,
        String phpFpmService,
        String phpFpmSocket,
        String webService,
        String webConfigFile,
        List<String> phpIniFiles,
        String caFile,
        String cronService,
        boolean redisFromPecl) {

    /**
     * The git tag of amazon-efs-utils packaged on Ubuntu, where it is not in the archive: the last
     * release written only in Python, whose package builds in seconds. Later releases add a Rust
     * proxy that would be compiled on every boot of every Spot replacement.
     */
    public static final String EFS_UTILS_TAG = "v1.36.0";
    /** The phpredis release built with pecl on Amazon Linux 2023. */
    public static final String PHPREDIS_VERSION = "6.1.0";

    public Platform {
        packages = List.copyOf(packages);
        phpIniFiles = List.copyOf(phpIniFiles);
    }

    /** The platform of a deployment's instances; {@code stable} adds what only the stable node needs. */
    public static Platform of(Moodle moodle, boolean stable) {
        String php = Checked.word("moodle.php.version", Effective.phpVersion(moodle));
        boolean apache = moodle.webServer() == WebServer.APACHE;
        List<String> pkgs = new ArrayList<>();
        if (moodle.os() == OperatingSystem.UBUNTU_24_04) {
            pkgs.add(apache ? "apache2" : "nginx");
            for (String ext : List.of("fpm", "cli", "common", "curl", "gd", "intl", "mbstring", "mysql", "soap", "xml",
                    "zip", "opcache")) {
                pkgs.add("php" + php + "-" + ext);
            }
            pkgs.add("php-redis");
            moodle.php().extraExtensions().forEach(e -> pkgs.add("php" + php + "-" + Checked.word("moodle.php.extraExtensions", e)));
            pkgs.addAll(List.of("git", "curl", "unzip", "binutils", "stunnel4", "nfs-common"));
            return new Platform(true, apache, pkgs, "php" + php + "-fpm", "/run/php/php" + php + "-fpm.sock",
                    apache ? "apache2" : "nginx",
                    apache ? "/etc/apache2/sites-available/moodle.conf" : "/etc/nginx/sites-available/moodle",
                    List.of("/etc/php/" + php + "/fpm/conf.d/90-moodle-aws.ini", "/etc/php/" + php + "/cli/conf.d/90-moodle-aws.ini"),
                    "/etc/ssl/certs/ca-certificates.crt", "cron", false);
        }
        pkgs.add(apache ? "httpd" : "nginx");
        for (String ext : List.of("fpm", "cli", "common", "gd", "intl", "mbstring", "mysqlnd", "opcache", "soap", "sodium",
                "xml", "zip", "devel")) {
            pkgs.add("php" + php + "-" + ext);
        }
        moodle.php().extraExtensions().forEach(e -> pkgs.add("php" + php + "-" + Checked.word("moodle.php.extraExtensions", e)));
        pkgs.addAll(List.of("php-pear", "gcc", "make", "git", "unzip", "amazon-efs-utils"));
        if (stable) {
            pkgs.add("cronie");
        }
        return new Platform(false, apache, pkgs, "php-fpm", "/run/php-fpm/www.sock", apache ? "httpd" : "nginx",
                apache ? "/etc/httpd/conf.d/moodle.conf" : "/etc/nginx/conf.d/moodle.conf",
                List.of("/etc/php.d/90-moodle-aws.ini"), "/etc/pki/tls/certs/ca-bundle.crt", "crond", true);
    }

    /** The install command with every package. */
    public String installCommand() {
        return (ubuntu ? "apt-get install -y -q " : "dnf install -y -q ") + String.join(" ", packages);
    }
}
