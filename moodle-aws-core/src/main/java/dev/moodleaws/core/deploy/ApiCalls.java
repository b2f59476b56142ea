package dev.moodleaws.core.deploy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Makes one AWS call on behalf of the deployer; the one retry layer (the clients retry nothing
 * themselves). Throttling, a 5xx, a dropped connection or an attempt timeout is tried again, backing
 * off from 1 s doubling to 16 s, at most six attempts, and never past the deploy's deadline. An
 * endpoint nothing listens on (connection refused, unknown host, no route) fails at once, naming
 * the endpoint. A failure that stays becomes an {@link AwsCallException} naming the call and the
 * HTTP status; an interrupt becomes an {@link InterruptedException}.
 */
final class ApiCalls {

    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(16);

    private final Sleeper sleeper;
    private final Clock clock;
    private final DeployListener listener;
    private final String stackName;
    private final String endpoint;
    private final Optional<Instant> deadline;
    private int count;

    ApiCalls(Sleeper sleeper, Clock clock, DeployListener listener, String stackName, String endpoint,
             Optional<Instant> deadline) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.listener = listener;
        this.stackName = stackName;
        this.endpoint = endpoint;
        this.deadline = deadline;
    }

    int count() {
        return count;
    }

    /** Counts a call made elsewhere (the template store). */
    void countOne() {
        count++;
    }

    <T> T call(String action, Supplier<T> call) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            count++;
            String problem;
            RuntimeException failure;
            try {
                return call.get();
            } catch (AbortedException e) {
                throw interrupted(e);
            } catch (AwsServiceException e) {
                if (!isTransient(e)) {
                    throw failed(action, e, "");
                }
                problem = e.isThrottlingException() ? "throttled (" + errorCode(e) + ")" : "server error " + e.statusCode();
                failure = e;
            } catch (SdkClientException e) {
                if (interruptedCause(e)) {
                    throw interrupted(e);
                }
                if (unreachable(e)) {
                    throw unreachableEndpoint(action, e);
                }
                if (!hasIoCause(e) && !(e instanceof ApiCallAttemptTimeoutException)
                        && !(e instanceof ApiCallTimeoutException)) {
                    throw failed(action, e, "");
                }
                problem = "connection problem (" + e.getMessage() + ")";
                failure = e;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw failed(action, failure, " (after " + MAX_ATTEMPTS + " attempts)");
            }
            if (deadline.isPresent() && !clock.instant().plus(backoff).isBefore(deadline.get())) {
                throw failed(action, failure, " (not tried again: the time limit is reached)");
            }
            listener.waiting(action + ": " + problem + "; trying again in " + backoff.toSeconds() + " s");
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** The SDK's failure of a call, as the deployer reports it: the call, the status, the code, AWS's words. */
    AwsCallException failed(String action, RuntimeException e, String retries) {
        String call = "CloudFormation " + action;
        if (e instanceof AwsServiceException service) {
            String code = errorCode(service);
            String words = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
            return new AwsCallException(stackName, call, service.statusCode(), code, call + " for stack " + stackName
                    + " failed with HTTP " + service.statusCode() + (code == null ? "" : " " + code)
                    + (words == null ? "" : ": " + words) + retries + ".", null, e);
        }
        return new AwsCallException(stackName, call, 0, null, call + " for stack " + stackName + " got no answer from "
                + endpoint + ": " + e.getMessage() + retries + ".", null, e);
    }

    private AwsCallException unreachableEndpoint(String action, SdkClientException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new AwsCallException(stackName, "CloudFormation " + action, 0, null, "Could not connect to the "
                + "endpoint URL " + endpoint + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + "); check the region, the endpoint "
                + "option and the network.", null, e);
    }

    private static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static boolean isTransient(AwsServiceException e) {
        return e.isThrottlingException() || e.statusCode() >= 500;
    }

    /** Whether nothing can be reached at the endpoint: retrying would only wait. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t.getClass().getSimpleName().equals("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean interruptedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t.getClass() == InterruptedIOException.class) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private static InterruptedException interrupted(Exception e) {
        Thread.interrupted();
        InterruptedException ie = new InterruptedException("interrupted during an AWS call");
        ie.initCause(e);
        return ie;
    }
}
