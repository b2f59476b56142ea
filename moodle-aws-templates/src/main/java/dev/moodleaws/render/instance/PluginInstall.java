package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Plugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One line of the plugin installation script: a plugin, its kind of source, where it comes from and
 * what pins it (the git ref, or the archive's SHA-256). The script escapes each into a shell word.
 *
 * @param component Moodle's component name, checked to be {@code type_name}
 * @param kind      {@code git}, {@code zip} or {@code s3}
 * @param from      the repository, archive address or S3 location
 * @param pin       the git ref, or the archive's SHA-256 in lower case
 */
public record PluginInstall(String component, String kind, String from, String pin) {
    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9]*_[a-z][a-z0-9_]*");

    /** The line of one plugin; the validator has checked that it has exactly one pinned source. */
    static PluginInstall of(Plugin p) {
        if (!COMPONENT.matcher(p.component()).matches()) {
            throw new IllegalArgumentException("a plugin component is type_name, not " + p.component());
        }
        if (p.git() != null) {
            return new PluginInstall(p.component(), "git", p.git(), require(p, p.ref()));
        }
        return new PluginInstall(p.component(), p.zip() != null ? "zip" : "s3", p.zip() != null ? p.zip() : require(p, p.s3()),
                require(p, p.sha256()).toLowerCase(java.util.Locale.ROOT));
    }

    private static String require(Plugin p, String value) {
        if (value == null) {
            throw new IllegalArgumentException("the plugin " + p.component() + " has no pinned source");
        }
        return value;
    }

    /**
     * The installation script as the boot scripts carry it: gzip (no name, no time stamp, so the same
     * bytes on every run) in base64 lines of 76 characters. It is about a third of the script's size,
     * which the 16 KB EC2 user data limit needs.
     */
    public static String archive(String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes.toByteArray());
    }

    /** The model of {@code install-plugins.sh.ftl}. */
    static Map<String, Object> model(Deployment d) {
        List<PluginInstall> plugins = d.moodle().plugins().stream().map(PluginInstall::of).toList();
        return Map.of("plugins", plugins);
    }
}
