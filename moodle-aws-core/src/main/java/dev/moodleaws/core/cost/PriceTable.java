package dev.moodleaws.core.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Monthly prices of what a site runs, per region, with the usage the descriptor does not tell
 * (how much data, traffic and logs) and the Spot discount assumed. The tool ships one
 * ({@link #builtIn()}, source and date inside); a user may supply a newer file of the same shape.
 *
 * @param source              where the prices come from
 * @param asOf                the date they were taken, ISO 8601
 * @param currency            e.g. {@code USD}
 * @param hoursPerMonth       hours an always-on resource runs in a month
 * @param spotDiscountPercent how far below On-Demand Spot instances are assumed to run
 * @param valkeyDiscountPercent how far below Redis OSS nodes Valkey nodes are priced
 * @param usage               the usage assumed
 * @param regions             prices by region
 */
public record PriceTable(String source, String asOf, String currency, int hoursPerMonth, int spotDiscountPercent,
                         int valkeyDiscountPercent, Usage usage, Map<String, RegionPrices> regions) {
    /** Where the built-in table is on the classpath. */
    public static final String RESOURCE = "/dev/moodleaws/core/cost/prices.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    public PriceTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(usage, "usage");
        regions = Map.copyOf(regions);
    }

    /**
     * What the descriptor does not tell, assumed for every site.
     *
     * @param fileSystemGb              data in EFS
     * @param databaseGb                data in an Aurora cluster (RDS instances use their allocated storage)
     * @param auroraIoMillions          Aurora I/O requests a month, in millions
     * @param loadBalancerCapacityUnits load balancer capacity units used on average
     * @param natGatewayGb              data through the NAT gateways a month
     * @param logsGb                    logs shipped a month
     * @param backupGbPerDataGb         backup storage per GB of data over the retention (incremental recovery points)
     */
    public record Usage(int fileSystemGb, int databaseGb, double auroraIoMillions, double loadBalancerCapacityUnits,
                        int natGatewayGb, int logsGb, double backupGbPerDataGb) {
    }

    /** Prices of one region: per hour for instances and nodes, per GB-month for storage. */
    public record RegionPrices(Map<String, Double> ec2, Map<String, Double> aurora, Map<String, Double> rds,
                               Map<String, Double> elasticache, double efsGbMonth, double ebsGbMonth,
                               double rdsStorageGbMonth, double auroraStorageGbMonth, double auroraIoPerMillion,
                               double loadBalancerHour, double capacityUnitHour, double natGatewayHour,
                               double natGatewayGb, double publicIpv4Hour, double backupEfsGbMonth,
                               double backupDatabaseGbMonth, double crossRegionCopyGb, double logsIngestedGb,
                               double logsStoredGbMonth, double alarmMonth, double dashboardMonth,
                               double customMetricMonth, double secretMonth) {
        public RegionPrices {
            ec2 = Map.copyOf(ec2);
            aurora = Map.copyOf(aurora);
            rds = Map.copyOf(rds);
            elasticache = Map.copyOf(elasticache);
        }
    }

    /** The prices of a region, if the table has them. */
    public Optional<RegionPrices> region(String region) {
        return Optional.ofNullable(regions.get(region));
    }

    /** What kept resources cost in a region, for the destroy report; unknown when the table lacks the region. */
    public dev.moodleaws.core.deploy.KeptCosts keptCosts(String region) {
        return region(region).map(p -> new dev.moodleaws.core.deploy.KeptCosts(
                p.efsGbMonth() + " " + currency + " per GB-month of files",
                p.secretMonth() + " " + currency + " a month",
                p.backupDatabaseGbMonth() + " " + currency + " per GB-month of snapshot",
                p.backupEfsGbMonth() + " to " + p.backupDatabaseGbMonth() + " " + currency + " per GB-month of recovery points"))
                .orElse(dev.moodleaws.core.deploy.KeptCosts.unknown());
    }

    /** The table shipped with the tool. */
    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in price table is missing: " + RESOURCE);
            }
            return MAPPER.readValue(in, PriceTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in price table cannot be read", e);
        }
    }

    /**
     * A table the user supplies, of the same shape as the built-in one.
     *
     * @throws IOException when it cannot be read or is not a complete price table
     */
    public static PriceTable read(Path file) throws IOException {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), PriceTable.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not a price table: " + e.getOriginalMessage(), e);
        }
    }
}
