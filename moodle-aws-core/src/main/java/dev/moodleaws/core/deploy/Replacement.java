package dev.moodleaws.core.deploy;

/**
 * Whether CloudFormation will replace a resource. {@code CONDITIONAL} means the answer depends on a
 * value only known while the update runs; {@code UNKNOWN} means a modification came without an
 * answer (some endpoints leave the field out). The deployer treats both as a replacement.
 */
public enum Replacement {
    TRUE, FALSE, CONDITIONAL, UNKNOWN, NOT_APPLICABLE;

    /** The replacement of a change: a modification without a known answer is {@link #UNKNOWN}. */
    static Replacement of(ChangeAction action, String value) {
        Replacement known = value == null ? null : switch (value) {
            case "True" -> TRUE;
            case "False" -> FALSE;
            case "Conditional" -> CONDITIONAL;
            default -> null;
        };
        if (known != null) {
            return known;
        }
        return action == ChangeAction.MODIFY ? UNKNOWN : NOT_APPLICABLE;
    }
}
