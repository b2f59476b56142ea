package dev.moodleaws.core.model;

/** The operating system of the instances. */
public enum OperatingSystem implements NamedValue {
    UBUNTU_24_04("ubuntu-24.04"),
    AMAZON_LINUX_2023("amazon-linux-2023");

    private final String value;

    OperatingSystem(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
