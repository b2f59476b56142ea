package dev.moodleaws.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name, version and home page of moodle-aws as reports state them. The version comes from
 * {@code dev/moodleaws/core/version.properties}, which the build fills in.
 *
 * @param name           {@code moodle-aws}
 * @param version        the release, for example {@code 1.2.0}
 * @param informationUri where users read about the tool and its rules
 */
public record Tool(String name, String version, String informationUri) {
    /** The tool's name in every report. */
    public static final String NAME = "moodle-aws";

    private static final String RESOURCE = "/dev/moodleaws/core/version.properties";

    /** This build of moodle-aws. */
    public static Tool current() {
        return Holder.CURRENT;
    }

    /** The same tool with another version, as a report of another build would name it. */
    public Tool withVersion(String otherVersion) {
        return new Tool(name, otherVersion, informationUri);
    }

    private static Tool load() {
        Properties p = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tool(NAME, p.getProperty("version"), p.getProperty("informationUri"));
    }

    private static final class Holder {
        static final Tool CURRENT = load();
    }
}
