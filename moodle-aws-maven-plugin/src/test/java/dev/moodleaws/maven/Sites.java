package dev.moodleaws.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Descriptors the goal tests run on, written into a test's folder. */
final class Sites {
    static final String QUICKSTART = """
            name: campus
            region: eu-west-1
            moodle:
              wwwroot: https://learn.example.org
            loadBalancer:
              certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666
            """;

    /** The quickstart with a plain-http site address: MOODLE-004, an error. */
    static final String HTTP_SITE = QUICKSTART.replace("https://learn", "http://learn");

    /** The quickstart with one web instance type: FLEET-003, a warning only. */
    static final String ONE_INSTANCE_TYPE = QUICKSTART + """
            web:
              instanceTypes: [m7g.large]
            """;

    private Sites() {
    }

    /** Points the goal at a missing descriptor in {@code folder}. */
    static CapturingLog prepareWithoutDescriptor(AbstractMoodleAwsMojo mojo, Path folder) {
        mojo.descriptor = folder.resolve("moodle-aws.yaml").toFile();
        mojo.outputDirectory = folder.resolve("target/moodle-aws").toFile();
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        return log;
    }

    /** Points the goal at a descriptor written into {@code folder} and an output folder beside it. */
    static CapturingLog prepare(AbstractMoodleAwsMojo mojo, Path folder, String yaml) throws IOException {
        Path descriptor = folder.resolve("moodle-aws.yaml");
        Files.writeString(descriptor, yaml);
        mojo.descriptor = descriptor.toFile();
        mojo.outputDirectory = folder.resolve("target/moodle-aws").toFile();
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        return log;
    }
}
