package dev.moodleaws.bench;

import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The descriptors the benchmarks use, kept as resources of this module. */
public final class Fixtures {
    /** The smallest valid site, a copy of {@code examples/quickstart/moodle-aws.yaml}. */
    public static final String QUICKSTART = "quickstart";
    /** Aurora with a reader, three AZs, six instance types, Valkey. */
    public static final String PRODUCTION = "production";
    /** One hosting tenant, with {@code ${tenant.*}} placeholders. */
    public static final String TENANT = "tenant";

    private Fixtures() {
    }

    /** The text of a descriptor by its short name. */
    public static String yaml(String name) {
        String resource = "/dev/moodleaws/bench/" + name + ".yaml";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no descriptor " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A descriptor without placeholders, read into its model. */
    public static Deployment deployment(String name) {
        try {
            return new DescriptorReader(PropertySource.none()).read(name + ".yaml", yaml(name));
        } catch (DescriptorException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
