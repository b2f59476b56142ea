package dev.moodleaws.render;

import dev.moodleaws.core.deploy.StackCapabilities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Moodle;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackCapabilitiesTest {

    @Test
    void noIamResourcesNeedNoCapability() {
        assertEquals(List.of(), StackCapabilities.of("""
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                """));
    }

    @Test
    void unnamedIamResourcesNeedCapabilityIam() {
        assertEquals(List.of("CAPABILITY_IAM"), StackCapabilities.of("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {}
                  Policy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: drain
                """));
    }

    @Test
    void aCustomNamedRoleNeedsNamedIam() {
        assertEquals(List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"), StackCapabilities.of("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: {"Fn::Sub": "${AWS::StackName}-web"}
                """));
    }

    @Test
    void theRenderedTemplateNeedsOnlyCapabilityIam() {
        Deployment site = Deployment.builder().name("campus").region("eu-west-1")
                .moodle(Moodle.builder().wwwroot("https://learn.example.org").build())
                .loadBalancer(LoadBalancer.builder().certificateArn(
                        "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666").build())
                .build();
        String template = new Renderer(TemplateEngine.withOverrides(null)).render(site).bundle().content(Bundle.TEMPLATE);

        assertEquals(List.of("CAPABILITY_IAM"), StackCapabilities.of(template));
    }
}
