package dev.moodleaws.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole high-availability Moodle site on AWS: the root of the model.
 *
 * @param name Site name: names the stack and prefixes every resource (lower case letters, digits, hyphens).
 * @param region AWS region, for example {@code eu-west-1}.
 * @param tags Tags put on the stack and every resource that takes tags.
 * @param moodle The Moodle application.
 * @param network Where it runs.
 * @param database The database.
 * @param fileStorage Shared moodledata on EFS.
 * @param cache The Redis or Valkey replication group.
 * @param stable The On-Demand instance that alone runs cron.
 * @param web The Spot web fleet.
 * @param loadBalancer The Application Load Balancer.
 * @param alerts Who the alarms notify.
 * @param backup The AWS Backup plan of the database and the file system.
 * @param monitoring Logs, dashboard and the alarms on cron and the task queue.
 * @param images How the nodes' software gets onto them: baked into an image, or installed at boot.
 * @param suppressions Findings the user accepts, each with a reason.
 * @param literalSecrets Secret values the descriptor contained (reported, never kept).
 * @param sourceMap Where each value came from in the descriptor.
 */
public record Deployment(
        String name,
        String region,
        Map<String, String> tags,
        Moodle moodle,
        Network network,
        Database database,
        FileStorage fileStorage,
        Cache cache,
        StableNode stable,
        WebFleet web,
        LoadBalancer loadBalancer,
        Alerts alerts,
        Backup backup,
        Monitoring monitoring,
        Images images,
        List<Suppression> suppressions,
        List<LiteralSecret> literalSecrets,
        SourceMap sourceMap) {

    public Deployment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        tags = Maps.copy(tags);
        Objects.requireNonNull(moodle, "moodle");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(fileStorage, "fileStorage");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(stable, "stable");
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(loadBalancer, "loadBalancer");
        alerts = alerts == null ? Alerts.builder().build() : alerts;
        backup = backup == null ? Backup.builder().build() : backup;
        monitoring = monitoring == null ? Monitoring.builder().build() : monitoring;
        images = images == null ? Images.builder().build() : images;
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        literalSecrets = literalSecrets == null ? List.of() : List.copyOf(literalSecrets);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.region = region;
        b.tags = tags;
        b.moodle = moodle;
        b.network = network;
        b.database = database;
        b.fileStorage = fileStorage;
        b.cache = cache;
        b.stable = stable;
        b.web = web;
        b.loadBalancer = loadBalancer;
        b.alerts = alerts;
        b.backup = backup;
        b.monitoring = monitoring;
        b.images = images;
        b.suppressions = suppressions;
        b.literalSecrets = literalSecrets;
        b.sourceMap = sourceMap;
        return b;
    }

    /** Builds a {@link Deployment}; unset values keep their defaults. */
    public static final class Builder {
        private String name;
        private String region;
        private Map<String, String> tags = Map.of();
        private Moodle moodle;
        private Network network = Network.builder().build();
        private Database database = Database.builder().build();
        private FileStorage fileStorage = FileStorage.builder().build();
        private Cache cache = Cache.builder().build();
        private StableNode stable = StableNode.builder().build();
        private WebFleet web = WebFleet.builder().build();
        private LoadBalancer loadBalancer = LoadBalancer.builder().build();
        private Alerts alerts = Alerts.builder().build();
        private Backup backup = Backup.builder().build();
        private Monitoring monitoring = Monitoring.builder().build();
        private Images images = Images.builder().build();
        private List<Suppression> suppressions = List.of();
        private List<LiteralSecret> literalSecrets = List.of();
        private SourceMap sourceMap = SourceMap.none();

        private Builder() {
        }

        /** Site name: names the stack and prefixes every resource (lower case letters, digits, hyphens). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** AWS region, for example {@code eu-west-1}. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Tags put on the stack and every resource that takes tags. */
        public Builder tags(Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        /** The Moodle application (required: it has no default, its wwwroot must be given). */
        public Builder moodle(Moodle moodle) {
            this.moodle = moodle;
            return this;
        }

        /** Where it runs. */
        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        /** The database. */
        public Builder database(Database database) {
            this.database = database;
            return this;
        }

        /** Shared moodledata on EFS. */
        public Builder fileStorage(FileStorage fileStorage) {
            this.fileStorage = fileStorage;
            return this;
        }

        /** The Redis or Valkey replication group. */
        public Builder cache(Cache cache) {
            this.cache = cache;
            return this;
        }

        /** The On-Demand instance that alone runs cron. */
        public Builder stable(StableNode stable) {
            this.stable = stable;
            return this;
        }

        /** The Spot web fleet. */
        public Builder web(WebFleet web) {
            this.web = web;
            return this;
        }

        /** The Application Load Balancer. */
        public Builder loadBalancer(LoadBalancer loadBalancer) {
            this.loadBalancer = loadBalancer;
            return this;
        }

        /** Who the alarms notify. */
        public Builder alerts(Alerts alerts) {
            this.alerts = alerts;
            return this;
        }

        /** The AWS Backup plan of the database and the file system. */
        public Builder backup(Backup backup) {
            this.backup = backup;
            return this;
        }

        /** Logs, dashboard and the alarms on cron and the task queue. */
        public Builder monitoring(Monitoring monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /** How the nodes' software gets onto them. */
        public Builder images(Images images) {
            this.images = images;
            return this;
        }

        /** Findings the user accepts, each with a reason. */
        public Builder suppressions(List<Suppression> suppressions) {
            this.suppressions = suppressions;
            return this;
        }

        /** Secret values the descriptor contained (reported, never kept). */
        public Builder literalSecrets(List<LiteralSecret> literalSecrets) {
            this.literalSecrets = literalSecrets;
            return this;
        }

        /** Where each value came from in the descriptor. */
        public Builder sourceMap(SourceMap sourceMap) {
            this.sourceMap = sourceMap;
            return this;
        }

        public Deployment build() {
            return new Deployment(name, region, tags, moodle, network, database, fileStorage, cache, stable, web, loadBalancer, alerts, backup, monitoring, images, suppressions, literalSecrets, sourceMap);
        }
    }
}
