package dev.moodleaws.core.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Makes one AWS call on behalf of the deployer: counts it, and when the SDK's own retries are
 * exhausted on throttling, a 5xx or a broken connection, backs off (5 s doubling to 60 s) and tries
 * again a few times instead of failing a deploy that may have run for half an hour. An interrupt
 * becomes an {@link InterruptedException}.
 */
final class ApiCalls {

    private static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final Sleeper sleeper;
    private final DeployListener listener;
    private final String stackName;
    private int count;

    ApiCalls(Sleeper sleeper, DeployListener listener, String stackName) {
        this.sleeper = sleeper;
        this.listener = listener;
        this.stackName = stackName;
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
            try {
                return call.get();
            } catch (AbortedException e) {
                throw interrupted(e);
            } catch (AwsServiceException e) {
                if (!isTransient(e) || attempt == MAX_ATTEMPTS) {
                    throw failed(action, e);
                }
                listener.waiting(action + ": " + describe(e) + "; trying again in " + backoff.toSeconds() + " s");
            } catch (SdkClientException e) {
                if (interruptedCause(e)) {
                    throw interrupted(e);
                }
                if (!(hasIoCause(e)) || attempt == MAX_ATTEMPTS) {
                    throw failed(action, e);
                }
                listener.waiting(action + ": connection problem (" + e.getMessage() + "); trying again in "
                        + backoff.toSeconds() + " s");
            }
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** The SDK's failure of a call, as the deployer reports it: the call, the status, the code, AWS's words. */
    AwsCallException failed(String action, RuntimeException e) {
        String call = "CloudFormation " + action;
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            String words = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
            return new AwsCallException(stackName, call, service.statusCode(), code, call + " for stack " + stackName
                    + " failed with HTTP " + service.statusCode() + (code == null ? "" : " " + code)
                    + (words == null ? "" : ": " + words), null, e);
        }
        return new AwsCallException(stackName, call, 0, null, call + " for stack " + stackName
                + " got no answer: " + e.getMessage(), null, e);
    }

    private static boolean isTransient(AwsServiceException e) {
        return e.isThrottlingException() || e.statusCode() >= 500;
    }

    private static String describe(AwsServiceException e) {
        return e.isThrottlingException() ? "throttled (" + e.awsErrorDetails().errorCode() + ")"
                : "server error " + e.statusCode();
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
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    && !(t instanceof java.net.SocketTimeoutException)) {
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
