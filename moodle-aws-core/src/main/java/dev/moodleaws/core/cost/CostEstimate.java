package dev.moodleaws.core.cost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The monthly estimate of one site: a line per component, the total with the Spot share the site
 * uses, and the total if every instance ran On-Demand.
 *
 * @param site                the site (stack) name
 * @param region              its region
 * @param currency            the currency of every figure
 * @param priceSource         where the prices come from
 * @param pricesAsOf          when they were taken
 * @param spotDiscountPercent the Spot discount assumed
 * @param assumptions         the usage assumed, one sentence each
 * @param lines               the components
 */
public record CostEstimate(String site, String region, String currency, String priceSource, String pricesAsOf,
                           int spotDiscountPercent, List<String> assumptions, List<CostLine> lines) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CostEstimate {
        assumptions = List.copyOf(assumptions);
        lines = List.copyOf(lines);
    }

    public double monthly() {
        return lines.stream().mapToDouble(CostLine::monthly).sum();
    }

    public double monthlyAllOnDemand() {
        return lines.stream().mapToDouble(CostLine::monthlyAllOnDemand).sum();
    }

    /** One line for plan: the total, the all-On-Demand total, the price date. */
    public String summary() {
        return "estimated cost: " + money(monthly()) + " " + currency + " a month (" + money(monthlyAllOnDemand())
                + " with no Spot; prices of " + pricesAsOf + ", Spot " + spotDiscountPercent + "% below On-Demand assumed)";
    }

    /** The table as text: component, figure, all-On-Demand figure where it differs, how it was counted. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Monthly estimate of ").append(site).append(" in ").append(region).append(", ").append(currency)
                .append(", prices of ").append(pricesAsOf).append('\n');
        out.append("  source: ").append(priceSource).append('\n');
        for (CostLine l : lines) {
            out.append(String.format(Locale.ROOT, "  %-18s %12s", l.component(), money(l.monthly())));
            if (round(l.monthly()) != round(l.monthlyAllOnDemand())) {
                out.append("  (all On-Demand: ").append(money(l.monthlyAllOnDemand())).append(')');
            }
            out.append("  ").append(l.detail()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "  %-18s %12s  (all On-Demand: %s)%n", "total", money(monthly()),
                money(monthlyAllOnDemand())));
        out.append("Assumed:\n");
        assumptions.forEach(a -> out.append("  - ").append(a).append('\n'));
        return out.toString();
    }

    /** The estimate as JSON, figures rounded to cents. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("site", site).put("region", region).put("currency", currency).put("priceSource", priceSource)
                .put("pricesAsOf", pricesAsOf).put("spotDiscountPercent", spotDiscountPercent)
                .put("monthly", round(monthly())).put("monthlyAllOnDemand", round(monthlyAllOnDemand()));
        ArrayNode components = root.putArray("components");
        for (CostLine l : lines) {
            components.addObject().put("component", l.component()).put("detail", l.detail())
                    .put("monthly", round(l.monthly())).put("monthlyAllOnDemand", round(l.monthlyAllOnDemand()));
        }
        ArrayNode assumed = root.putArray("assumptions");
        assumptions.forEach(assumed::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", round(value));
    }
}
