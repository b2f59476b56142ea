package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.HealthCheck;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.WebFleet;
import java.util.function.UnaryOperator;

/** The valid deployment with one part changed, for infrastructure rule tests. */
final class Infra {
    private Infra() {
    }

    static Deployment valid() {
        return RuleAssert.valid().build();
    }

    static Deployment network(UnaryOperator<Network.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().network(change.apply(d.network().toBuilder()).build()).build();
    }

    static Deployment database(UnaryOperator<Database.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().database(change.apply(d.database().toBuilder()).build()).build();
    }

    static Deployment files(UnaryOperator<FileStorage.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().fileStorage(change.apply(d.fileStorage().toBuilder()).build()).build();
    }

    static Deployment cache(UnaryOperator<Cache.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().cache(change.apply(d.cache().toBuilder()).build()).build();
    }

    static Deployment web(UnaryOperator<WebFleet.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().web(change.apply(d.web().toBuilder()).build()).build();
    }

    static Deployment loadBalancer(UnaryOperator<LoadBalancer.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().loadBalancer(change.apply(d.loadBalancer().toBuilder()).build()).build();
    }

    static Deployment healthCheck(UnaryOperator<HealthCheck.Builder> change) {
        return loadBalancer(lb -> lb.healthCheck(change.apply(valid().loadBalancer().healthCheck().toBuilder()).build()));
    }

    static Deployment backup(UnaryOperator<Backup.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().backup(change.apply(d.backup().toBuilder()).build()).build();
    }
}
