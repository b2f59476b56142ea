package dev.moodleaws.core.model;

/** How an instance is bought. */
public enum PurchaseOption implements NamedValue {
    ON_DEMAND("on-demand"),
    SPOT("spot");

    private final String value;

    PurchaseOption(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
