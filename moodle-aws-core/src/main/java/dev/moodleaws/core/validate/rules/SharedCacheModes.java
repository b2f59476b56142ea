package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.CacheStore;
import dev.moodleaws.core.model.Caches;
import java.util.function.Consumer;

/** The two cache modes every node must share (application and session), for the rules that judge both alike. */
final class SharedCacheModes {
    private SharedCacheModes() {
    }

    /** Calls {@code report} with {@code application} and/or {@code session} where that mode uses {@code store}. */
    static void mappedTo(Caches caches, CacheStore store, Consumer<String> report) {
        if (caches.application() == store) {
            report.accept("application");
        }
        if (caches.session() == store) {
            report.accept("session");
        }
    }
}
