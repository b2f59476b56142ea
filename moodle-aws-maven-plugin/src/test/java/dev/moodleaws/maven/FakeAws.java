package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake CloudFormation and a fake clock per test, with static credentials in the system
 * properties the AWS SDK's default chain reads first (restored afterwards).
 */
final class FakeAws implements BeforeEachCallback, AfterEachCallback {
    private static final Map<String, String> PROPERTIES = Map.of(
            "aws.accessKeyId", "AKIDMOODLEAWSTEST", "aws.secretAccessKey", "fake-secret-for-tests");

    FakeTime time;
    FakeCloudFormation cloudFormation;
    private final Map<String, String> saved = new HashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        time = new FakeTime();
        cloudFormation = FakeCloudFormation.start(time);
        PROPERTIES.forEach((k, v) -> saved.put(k, System.setProperty(k, v)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cloudFormation.close();
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
        Thread.interrupted();
    }

    /** Points an AWS goal at the fake, on the fake clock. */
    void connect(AbstractAwsMojo mojo) {
        mojo.endpoint = cloudFormation.endpoint().toString();
        mojo.clock = time;
        mojo.sleeper = time;
    }
}
