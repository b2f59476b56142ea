package dev.moodleaws.core.model;

/** An enum constant with the spelling used for it in the descriptor. */
public interface NamedValue {
    /** The value as written in {@code moodle-aws.yaml}. */
    String value();
}
