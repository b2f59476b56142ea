package dev.moodleaws.core.cost;

/**
 * One component of the monthly estimate.
 *
 * @param component          what it is, e.g. {@code web fleet}
 * @param detail             how it was counted
 * @param monthly            the estimate, with Spot where the site uses it
 * @param monthlyAllOnDemand the same with every instance On-Demand
 */
public record CostLine(String component, String detail, double monthly, double monthlyAllOnDemand) {
    /** A component that has no Spot share. */
    static CostLine fixed(String component, String detail, double monthly) {
        return new CostLine(component, detail, monthly, monthly);
    }
}
