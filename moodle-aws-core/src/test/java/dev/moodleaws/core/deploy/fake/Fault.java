package dev.moodleaws.core.deploy.fake;

import java.util.concurrent.CountDownLatch;

/** A failure the fake injects instead of (or after) handling a request. */
public sealed interface Fault {

    /** No fault: lets one request through, to aim the next fault at a later request. */
    record Pass() implements Fault {
    }

    /** 400 Throttling "Rate exceeded". */
    record Throttle() implements Fault {
    }

    /** 403 AccessDenied. */
    record AccessDenied() implements Fault {
    }

    /** 500 InternalFailure. */
    record ServerError() implements Fault {
    }

    /** Closes the connection without a response, before handling the request. */
    record DropBefore() implements Fault {
    }

    /** Handles the request, then closes the connection without a response. */
    record DropAfter() implements Fault {
    }

    /**
     * Never answers (until the fake closes), so the client's attempt timeout always fires; counts
     * down {@code arrived} when the request is in, so a test can act while the call is surely waiting.
     */
    record Hang(CountDownLatch arrived) implements Fault {
    }

    static Fault pass() {
        return new Pass();
    }

    static Fault throttle() {
        return new Throttle();
    }

    static Fault accessDenied() {
        return new AccessDenied();
    }

    static Fault serverError() {
        return new ServerError();
    }

    static Fault dropBefore() {
        return new DropBefore();
    }

    static Fault dropAfter() {
        return new DropAfter();
    }

    /**
     * Holds the request until {@code release} counts down, then answers it as usual; counts down
     * {@code arrived} when the request is in.
     */
    record Hold(CountDownLatch arrived, CountDownLatch release) implements Fault {
    }

    static Fault hold(CountDownLatch arrived, CountDownLatch release) {
        return new Hold(arrived, release);
    }

    static Fault hang() {
        return new Hang(new CountDownLatch(1));
    }

    static Fault hang(CountDownLatch arrived) {
        return new Hang(arrived);
    }
}
