package dev.moodleaws.core.model;

/** How Moodle's mail leaves the site: not at all, through Amazon SES created by the stack, or through a relay. */
public enum MailMode implements NamedValue {
    NONE("none"),
    SES("ses"),
    RELAY("relay");

    private final String value;

    MailMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
