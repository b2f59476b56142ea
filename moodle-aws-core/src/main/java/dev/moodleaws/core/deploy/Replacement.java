package dev.moodleaws.core.deploy;

/**
 * Whether CloudFormation will replace a resource. {@code CONDITIONAL} means the answer depends on a
 * value only known while the update runs; the deployer treats it as a replacement.
 */
public enum Replacement {
    TRUE, FALSE, CONDITIONAL, NOT_APPLICABLE;

    static Replacement of(String value) {
        if (value == null) {
            return NOT_APPLICABLE;
        }
        return switch (value) {
            case "True" -> TRUE;
            case "False" -> FALSE;
            case "Conditional" -> CONDITIONAL;
            default -> NOT_APPLICABLE;
        };
    }
}
