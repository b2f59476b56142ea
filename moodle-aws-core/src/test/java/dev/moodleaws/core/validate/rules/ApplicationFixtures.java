package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Caches;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.Php;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.model.WebFleet;
import java.util.function.UnaryOperator;

/** {@link RuleAssert#valid()} with one part changed, for the application rule tests. */
final class ApplicationFixtures {
    private ApplicationFixtures() {
    }

    static Deployment valid() {
        return RuleAssert.valid().build();
    }

    static Deployment moodle(UnaryOperator<Moodle.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().moodle(change.apply(d.moodle().toBuilder()).build()).build();
    }

    static Deployment php(UnaryOperator<Php.Builder> change) {
        return moodle(m -> m.php(change.apply(valid().moodle().php().toBuilder()).build()));
    }

    static Deployment caches(UnaryOperator<Caches.Builder> change) {
        return moodle(m -> m.caches(change.apply(valid().moodle().caches().toBuilder()).build()));
    }

    static Deployment cache(UnaryOperator<Cache.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().cache(change.apply(d.cache().toBuilder()).build()).build();
    }

    static Deployment stable(UnaryOperator<StableNode.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().stable(change.apply(d.stable().toBuilder()).build()).build();
    }

    static Deployment web(UnaryOperator<WebFleet.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().web(change.apply(d.web().toBuilder()).build()).build();
    }

    static Deployment network(UnaryOperator<Network.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().network(change.apply(d.network().toBuilder()).build()).build();
    }

    static Deployment fileStorage(UnaryOperator<FileStorage.Builder> change) {
        Deployment d = valid();
        return d.toBuilder().fileStorage(change.apply(d.fileStorage().toBuilder()).build()).build();
    }
}
