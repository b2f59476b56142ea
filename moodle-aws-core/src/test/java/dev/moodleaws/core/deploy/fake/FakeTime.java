package dev.moodleaws.core.deploy.fake;

import dev.moodleaws.core.deploy.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the deployer sleeps; sleeping returns at once. */
public final class FakeTime extends Clock implements Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();
    private int interruptAfter = -1;

    public FakeTime(Instant start) {
        this.now = start;
    }

    public FakeTime() {
        this(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        if (interruptAfter == 0) {
            interruptAfter = -1;
            Thread.currentThread().interrupt();
            throw new InterruptedException("interrupted by test");
        }
        if (interruptAfter > 0) {
            interruptAfter--;
        }
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** The next sleep after {@code sleeps} more sleeps throws, as if the user pressed Ctrl-C. */
    public synchronized void interruptAfter(int sleepCount) {
        this.interruptAfter = sleepCount;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
