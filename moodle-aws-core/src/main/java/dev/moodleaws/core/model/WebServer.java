package dev.moodleaws.core.model;

/** The web server in front of PHP-FPM. */
public enum WebServer implements NamedValue {
    APACHE("apache"),
    NGINX("nginx");

    private final String value;

    WebServer(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
