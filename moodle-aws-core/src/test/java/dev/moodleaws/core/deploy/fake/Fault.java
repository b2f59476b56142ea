package dev.moodleaws.core.deploy.fake;

import java.time.Duration;

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

    /** Waits before answering (longer than the client's attempt timeout makes it retry). */
    record Slow(Duration delay) implements Fault {
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

    static Fault slow(Duration delay) {
        return new Slow(delay);
    }
}
