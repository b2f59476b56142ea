package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
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

    @Override
    public void beforeEach(ExtensionContext context) {
        time = new FakeTime();
        cloudFormation = FakeCloudFormation.start(time);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cloudFormation.close();
        Thread.interrupted();
    }

    /** Points an AWS goal at the fake, on the fake clock, with test credentials. */
    void connect(AbstractAwsMojo mojo) {
        mojo.endpoint = cloudFormation.endpoint().toString();
        mojo.clock = time;
        mojo.sleeper = time;
        mojo.credentials = CREDENTIALS;
    }
}
