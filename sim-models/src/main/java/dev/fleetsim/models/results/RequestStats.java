package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;

/**
 * Counts and latencies of the requests of one replication. Only requests that arrive at or after
 * the end of the warm-up are measured, so the initial transient does not bias the statistics.
 */
public final class RequestStats {
    private final long measureFrom;
    private final LatencyRecorder latency = new LatencyRecorder();
    private long total;
    private long served;
    private long timedOut;

    public RequestStats(long measureFrom) {
        this.measureFrom = measureFrom;
    }

    /** True if a request that arrived at {@code arrivalTime} counts. */
    public boolean measured(long arrivalTime) {
        return arrivalTime >= measureFrom;
    }

    public void arrived(long arrivalTime) {
        if (measured(arrivalTime)) {
            total++;
        }
    }

    /** A request finished service at {@code endTime}. */
    public void served(long arrivalTime, long endTime) {
        if (!measured(arrivalTime)) {
            return;
        }
        served++;
        latency.record(endTime - arrivalTime);
    }

    /** A request's client gave up before it was answered. */
    public void timedOut(long arrivalTime) {
        if (measured(arrivalTime)) {
            timedOut++;
        }
    }

    public long timedOut() {
        return timedOut;
    }

    public long total() {
        return total;
    }

    public long served() {
        return served;
    }

    /** Requests measured but not finished: still queued or in service. */
    public long inFlight() {
        return total - served - timedOut;
    }

    public LatencyRecorder latency() {
        return latency;
    }
}
