package dev.moodleaws.core.model;

/** How the Auto Scaling group picks Spot pools. */
public enum SpotAllocationStrategy implements NamedValue {
    PRICE_CAPACITY_OPTIMIZED("price-capacity-optimized"),
    CAPACITY_OPTIMIZED("capacity-optimized"),
    LOWEST_PRICE("lowest-price");

    private final String value;

    SpotAllocationStrategy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
