package dev.moodleaws.core.validate;

/** Where the knowledge behind a rule comes from. */
public enum RuleSource {
    GUIDE("the high-availability Moodle on AWS guide"),
    MOODLE("Moodle"),
    AWS("AWS"),
    MOODLE_AWS("moodle-aws");

    private final String label;

    RuleSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
