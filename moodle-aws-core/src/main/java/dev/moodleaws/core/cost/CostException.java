package dev.moodleaws.core.cost;

import java.util.List;

/** The price table lacks prices the site needs; {@link #missing()} names each. */
public final class CostException extends RuntimeException {
    private final List<String> missing;

    public CostException(List<String> missing, String asOf) {
        super("the price table of " + asOf + " has no price for " + String.join(", ", missing)
                + "; supply a newer table (moodle-aws.priceTable)");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
