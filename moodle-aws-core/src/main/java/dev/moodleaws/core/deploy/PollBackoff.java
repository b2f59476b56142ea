package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.List;

/**
 * Poll intervals: 2 s, then 3 s, then 4 s while nothing happens; back to 2 s when something does.
 * The 4 s ceiling bounds how late a finished stack is noticed; with the status check every third
 * quiet poll, a quiet wait makes one describe call every 3 s.
 */
final class PollBackoff {

    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(4));

    private int step;

    /** The wait before the next poll. */
    Duration next() {
        Duration d = STEPS.get(step);
        step = Math.min(step + 1, STEPS.size() - 1);
        return d;
    }

    /** Something happened: poll soon again. */
    void reset() {
        step = 0;
    }
}
