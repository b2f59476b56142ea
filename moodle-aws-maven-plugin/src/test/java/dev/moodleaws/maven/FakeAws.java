package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import dev.moodleaws.core.resolve.FakeSourceLookup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fake CloudFormation and a fake clock per test; goals get static test credentials. */
final class FakeAws implements BeforeEachCallback, AfterEachCallback {
    static final AwsCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDMOODLEAWSTEST", "fake-secret-for-tests"));

    FakeTime time;
    FakeCloudFormation cloudFormation;
    /** Answers what plan and deploy pin: one commit, one archive version, one image. */
    final FakeSourceLookup lookup = new FakeSourceLookup();

    @Override
    public void beforeEach(ExtensionContext context) {
        time = new FakeTime();
        cloudFormation = FakeCloudFormation.start(time);
        lookup.commits.put("https://github.com/moodle/moodle.git#MOODLE_405_STABLE", "0123456789abcdef0123456789abcdef01234567");
        lookup.parameters.put("/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
                "ami-0123456789abcdef0");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cloudFormation.close();
        Thread.interrupted();
    }

    /** The bucket the goals upload templates to: a site's template is over the inline limit. */
    static final String BUCKET = "templates";

    /**
     * Points an AWS goal at the fake, on the fake clock, with test credentials and the template
     * bucket (the fake answers the S3 calls too).
     */
    void connect(AbstractAwsMojo mojo) {
        mojo.endpoint = cloudFormation.endpoint().toString();
        mojo.bucket = BUCKET;
        mojo.clock = time;
        mojo.sleeper = time;
        mojo.credentials = CREDENTIALS;
        mojo.sourceLookup = lookup;
    }

    /** The quickstart site's goal, with its descriptor written into {@code folder}, connected to the fake. */
    CapturingLog quickstart(AbstractAwsMojo mojo, java.nio.file.Path folder) throws java.io.IOException {
        CapturingLog log = Sites.prepare(mojo, folder, Sites.QUICKSTART);
        connect(mojo);
        return log;
    }
}
