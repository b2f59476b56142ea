package dev.moodleaws.core.model;

/** Where the nodes get their software: from an image the stack bakes, or installed by every boot. */
public enum ImageMode implements NamedValue {
    /** Every boot installs the packages, the AWS CLI, efs-utils and the Moodle code from the internet. */
    INSTALL_AT_BOOT("install-at-boot"),
    /** EC2 Image Builder bakes them once per code version and base image; a boot does only per-node work. */
    BAKED("baked");

    private final String value;

    ImageMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
