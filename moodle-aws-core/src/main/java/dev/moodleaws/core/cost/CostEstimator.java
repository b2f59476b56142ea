package dev.moodleaws.core.cost;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.CacheEngine;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.WebFleet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates what a rendered site costs a month from a {@link PriceTable}. Sizes come from the
 * descriptor, the number of NAT gateways, alarm metrics and secrets from the rendered template,
 * and what neither tells (data, traffic, logs) from the table's usage assumptions.
 */
public final class CostEstimator {
    private static final Pattern NAT = Pattern.compile("Type: AWS::EC2::NatGateway\\b");
    private static final Pattern SECRET = Pattern.compile("Type: AWS::SecretsManager::Secret\\b|ManageMasterUserPassword: true");
    /** A single-metric alarm names its metric at the property level; a metric-math one has a MetricStat per series. */
    private static final Pattern ALARM_METRIC = Pattern.compile("\n      MetricName: |\"MetricStat\"");
    private static final Pattern CUSTOM_METRIC = Pattern.compile("\n      Namespace: \"MoodleAws\"");

    private final PriceTable table;

    public CostEstimator(PriceTable table) {
        this.table = table;
    }

    /**
     * The estimate of {@code deployment}, whose rendered files are {@code bundle}.
     *
     * @throws CostException when the table lacks a price the site needs (each is named)
     */
    public CostEstimate estimate(Deployment d, Bundle bundle) {
        String template = bundle.content(Bundle.TEMPLATE);
        List<String> missing = new ArrayList<>();
        PriceTable.RegionPrices p = table.region(d.region()).orElse(null);
        if (p == null) {
            throw new CostException(List.of("the region " + d.region()), table.asOf());
        }
        double hours = table.hoursPerMonth();
        PriceTable.Usage u = table.usage();
        double spotFactor = 1 - table.spotDiscountPercent() / 100.0;
        List<CostLine> lines = new ArrayList<>();

        WebFleet w = d.web();
        double webHourly = 0;
        for (String type : w.instanceTypes()) {
            webHourly += price(p.ec2(), type, "EC2 " + type, d.region(), missing);
        }
        webHourly /= Math.max(1, w.instanceTypes().size());
        int nodes = w.desiredCapacity();
        int onDemand = onDemandNodes(w);
        int spot = nodes - onDemand;
        lines.add(new CostLine("web fleet", nodes + " nodes (desired): " + onDemand + " On-Demand, " + spot + " Spot at "
                + table.spotDiscountPercent() + "% below On-Demand; mean price of " + String.join(", ", w.instanceTypes()),
                (onDemand + spot * spotFactor) * webHourly * hours, nodes * webHourly * hours));
        double stableHourly = price(p.ec2(), d.stable().instanceType(), "EC2 " + d.stable().instanceType(), d.region(), missing);
        lines.add(CostLine.fixed("stable node", "1 On-Demand " + d.stable().instanceType(), stableHourly * hours));
        int volumeGb = nodes * w.rootVolumeGb() + d.stable().rootVolumeGb();
        lines.add(CostLine.fixed("instance volumes", volumeGb + " GB gp3", volumeGb * p.ebsGbMonth()));

        lines.add(database(d.database(), p, hours, u, d.region(), missing));

        int cacheNodes = 1 + d.cache().replicas();
        double cacheFactor = d.cache().engine() == CacheEngine.VALKEY ? 1 - table.valkeyDiscountPercent() / 100.0 : 1;
        double cacheHourly = price(p.elasticache(), d.cache().nodeType(), "ElastiCache " + d.cache().nodeType(), d.region(), missing);
        lines.add(CostLine.fixed("cache", cacheNodes + " " + d.cache().engine().value() + " nodes " + d.cache().nodeType(),
                cacheNodes * cacheHourly * cacheFactor * hours));

        lines.add(CostLine.fixed("file system", u.fileSystemGb() + " GB EFS Standard (assumed)", u.fileSystemGb() * p.efsGbMonth()));

        int zones = zoneCount(d);
        lines.add(CostLine.fixed("load balancer", "ALB, " + fmt(u.loadBalancerCapacityUnits()) + " LCU (assumed), "
                + zones + " public IPv4 addresses", (p.loadBalancerHour() + u.loadBalancerCapacityUnits()
                * p.capacityUnitHour() + zones * p.publicIpv4Hour()) * hours));

        int nats = count(NAT, template);
        if (nats > 0) {
            lines.add(CostLine.fixed("NAT gateways", nats + " with their addresses, " + u.natGatewayGb() + " GB (assumed)",
                    nats * (p.natGatewayHour() + p.publicIpv4Hour()) * hours + u.natGatewayGb() * p.natGatewayGb()));
        }

        if (d.backup().enabled()) {
            lines.add(backups(d, p, u));
        }

        int alarmMetrics = count(ALARM_METRIC, template);
        int custom = count(CUSTOM_METRIC, template);
        int dashboards = d.monitoring().dashboard() ? 1 : 0;
        lines.add(CostLine.fixed("monitoring", alarmMetrics + " alarm metrics, " + dashboards + " dashboard, " + custom
                + " custom metrics, " + u.logsGb() + " GB of logs (assumed)", alarmMetrics * p.alarmMonth()
                + dashboards * p.dashboardMonth() + custom * p.customMetricMonth()
                + u.logsGb() * (p.logsIngestedGb() + p.logsStoredGbMonth())));
        int secrets = count(SECRET, template);
        lines.add(CostLine.fixed("secrets", secrets + " Secrets Manager secrets", secrets * p.secretMonth()));

        if (!missing.isEmpty()) {
            throw new CostException(missing, table.asOf());
        }
        return new CostEstimate(d.name(), d.region(), table.currency(), table.source(), table.asOf(),
                table.spotDiscountPercent(), assumptions(), lines);
    }

    /** On-Demand nodes of the desired capacity: the base, then the percentage above it, rounded up. */
    static int onDemandNodes(WebFleet w) {
        int nodes = w.desiredCapacity();
        int base = Math.min(nodes, w.onDemandBaseCapacity());
        int above = nodes - base;
        return base + (int) Math.ceil(above * w.onDemandPercentageAboveBase() / 100.0);
    }

    private CostLine database(Database db, PriceTable.RegionPrices p, double hours, PriceTable.Usage u, String region,
                              List<String> missing) {
        if (db.engine() == DatabaseEngine.AURORA_MYSQL) {
            int instances = 1 + db.readers();
            double hourly = price(p.aurora(), db.instanceClass(), "Aurora " + db.instanceClass(), region, missing);
            return CostLine.fixed("database", instances + " Aurora " + db.instanceClass() + ", " + u.databaseGb()
                    + " GB and " + fmt(u.auroraIoMillions()) + " million I/O (assumed)", instances * hourly * hours
                    + u.databaseGb() * p.auroraStorageGbMonth() + u.auroraIoMillions() * p.auroraIoPerMillion());
        }
        int copies = db.multiAz() ? 2 : 1;
        double hourly = price(p.rds(), db.instanceClass(), "RDS " + db.instanceClass(), region, missing);
        return CostLine.fixed("database", (db.multiAz() ? "Multi-AZ " : "") + db.engine().value() + " "
                + db.instanceClass() + ", " + db.allocatedStorageGb() + " GB gp3", copies * (hourly * hours
                + db.allocatedStorageGb() * p.rdsStorageGbMonth()));
    }

    private CostLine backups(Deployment d, PriceTable.RegionPrices p, PriceTable.Usage u) {
        Database db = d.database();
        int dbGb = db.engine() == DatabaseEngine.AURORA_MYSQL ? u.databaseGb() : db.allocatedStorageGb();
        int fsGb = d.fileStorage().backups() ? u.fileSystemGb() : 0;
        double storage = u.backupGbPerDataGb() * (dbGb * p.backupDatabaseGbMonth() + fsGb * p.backupEfsGbMonth());
        String detail = fmt(u.backupGbPerDataGb()) + " GB kept per GB of " + (dbGb + fsGb) + " GB data (assumed)";
        if (d.backup().copies()) {
            double copyTransfer = (dbGb + fsGb) * p.crossRegionCopyGb();
            return CostLine.fixed("backups", detail + ", copied to a second vault at the same storage price",
                    2 * storage + copyTransfer);
        }
        return CostLine.fixed("backups", detail, storage);
    }

    private List<String> assumptions() {
        PriceTable.Usage u = table.usage();
        return List.of(
                table.hoursPerMonth() + " hours a month; the web fleet at its desired capacity all month",
                "Spot instances " + table.spotDiscountPercent() + "% below On-Demand (Spot prices move with type, zone and hour)",
                u.fileSystemGb() + " GB in EFS, " + u.databaseGb() + " GB in an Aurora cluster, " + fmt(u.auroraIoMillions())
                        + " million Aurora I/O requests",
                fmt(u.loadBalancerCapacityUnits()) + " load balancer capacity unit, " + u.natGatewayGb()
                        + " GB through NAT, " + u.logsGb() + " GB of logs a month",
                "backup storage " + fmt(u.backupGbPerDataGb()) + " times the data (incremental recovery points over the retention)",
                "no free tier, no Savings Plans or reservations, no data transfer to the internet");
    }

    private static double price(Map<String, Double> prices, String key, String what, String region, List<String> missing) {
        Double value = prices.get(key);
        if (value == null) {
            missing.add(what + " in " + region);
            return 0;
        }
        return value;
    }

    private static int zoneCount(Deployment d) {
        return d.network().publicSubnetIds().isEmpty() ? Effective.availabilityZoneCount(d.network())
                : d.network().publicSubnetIds().size();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
