package dev.moodleaws.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tiny {@code local_} plugin the site test builds itself, as a zip archive of its folder (the
 * way plugins are published): a version.php, its language strings and a table of its own.
 *
 * @param name     the plugin's name, its folder under {@code local/}
 * @param version  its {@code $plugin->version}
 * @param requires the Moodle version it requires
 */
record TestPlugin(String name, long version, long requires) {

    String component() {
        return "local_" + name;
    }

    /** The archive's bytes: always the same for the same plugin (fixed entry times and order). */
    byte[] zip() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("version.php", """
                <?php
                defined('MOODLE_INTERNAL') || die();
                $plugin->component = '%s';
                $plugin->version = %d;
                $plugin->requires = %d;
                $plugin->maturity = MATURITY_STABLE;
                $plugin->release = 'site test';
                """.formatted(component(), version, requires));
        files.put("lang/en/" + component() + ".php", """
                <?php
                defined('MOODLE_INTERNAL') || die();
                $string['pluginname'] = 'Site test plugin';
                """);
        files.put("db/install.xml", """
                <?xml version="1.0" encoding="UTF-8" ?>
                <XMLDB PATH="local/%1$s/db" VERSION="20260101" COMMENT="The site test plugin's table">
                  <TABLES>
                    <TABLE NAME="%2$s" COMMENT="Notes the site test writes">
                      <FIELDS>
                        <FIELD NAME="id" TYPE="int" LENGTH="10" NOTNULL="true" SEQUENCE="true"/>
                        <FIELD NAME="note" TYPE="char" LENGTH="255" NOTNULL="true" SEQUENCE="false"/>
                      </FIELDS>
                      <KEYS>
                        <KEY NAME="primary" TYPE="primary" FIELDS="id"/>
                      </KEYS>
                    </TABLE>
                  </TABLES>
                </XMLDB>
                """.formatted(name, component()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(name + "/" + f.getKey());
                e.setTime(1_767_225_600_000L);
                zip.putNextEntry(e);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
