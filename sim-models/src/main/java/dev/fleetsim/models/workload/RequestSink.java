package dev.fleetsim.models.workload;

/** Where a workload delivers its requests: a fleet, or a load balancer in front of one. */
@FunctionalInterface
public interface RequestSink {
    /**
     * A request arrives now.
     *
     * @param serviceMicros the work it needs on one server of reference speed, in microseconds
     * @param timeoutMicros how long its client waits for an answer ({@link Workload#NO_TIMEOUT}
     *                      for ever); a request unanswered by then counts as timed out
     */
    void arrive(long serviceMicros, long timeoutMicros);

    /**
     * An attempt of a request whose workload retries failures ({@link RetryPolicy}). A sink that
     * can report failure causes overrides this: it counts the request as arrived on its first
     * attempt only, measures latency from {@link RetryPolicy.Attempt#firstArrival()}, and on a
     * retryable failure calls {@link RetryPolicy.Attempt#failed} before counting anything. This
     * default serves the attempt as a plain request (it never reports a failure back).
     */
    default void send(RetryPolicy.Attempt attempt) {
        long service = attempt.serviceMicros();
        long timeout = attempt.timeoutMicros();
        attempt.done();
        arrive(service, timeout);
    }
}
