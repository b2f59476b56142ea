package dev.moodleaws.core.deploy;

import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import dev.moodleaws.core.deploy.fake.InMemoryTemplateStore;
import dev.moodleaws.core.deploy.fake.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/** A fake CloudFormation, a fake clock and a recording listener for each test. */
abstract class DeployHarness {

    static final String STACK = "moodle-prod";
    static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Description: test stack
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            Outputs:
              DbEndpoint:
                Value: !GetAtt Db.Endpoint.Address
              SiteUrl:
                Value: !Sub 'https://${Domain}'
              AdminUrl:
                Value: !Sub 'https://${Domain}/admin'
            """;

    FakeTime time;
    FakeCloudFormation fake;
    CloudFormationClient cfn;
    RecordingListener listener;
    InMemoryTemplateStore store;

    @BeforeEach
    void startFake() {
        time = new FakeTime();
        fake = FakeCloudFormation.start(time);
        cfn = fake.client();
        listener = new RecordingListener();
        store = new InMemoryTemplateStore();
    }

    @AfterEach
    void stopFake() {
        cfn.close();
        fake.close();
        Thread.interrupted();
    }

    Deployer deployer() {
        return Deployer.builder(cfn).templateStore(store).listener(listener).clock(time).sleeper(time).build();
    }

    static DeployOptions.Builder options() {
        return DeployOptions.builder(STACK, TEMPLATE).parameter("Domain", "moodle.example.org")
                .parameter("DbClass", "db.r6g.large").tag("app", "moodle").capabilities("CAPABILITY_NAMED_IAM")
                .leadingOutputs("SiteUrl");
    }
}
