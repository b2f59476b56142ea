package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.List;

/** Poll intervals: 2 s, then 5 s, then 10 s while nothing happens; back to 2 s when something does. */
final class PollBackoff {

    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

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
