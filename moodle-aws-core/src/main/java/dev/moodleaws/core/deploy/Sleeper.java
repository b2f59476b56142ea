package dev.moodleaws.core.deploy;

import java.time.Duration;

/** Waits between polls; tests replace it with one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for the duration, or throws if the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
