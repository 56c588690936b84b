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
}
