package dev.moodleaws.render;

import java.util.Map;

/** Lets tests of other packages parse a rendered template the way {@link CloudFormationTemplateTest} does. */
public final class CloudFormationTemplateAccess {
    private CloudFormationTemplateAccess() {
    }

    public static Map<String, Object> parse(String yaml) {
        return CloudFormationTemplateTest.parse(yaml);
    }
}
