package dev.fleetsim.models.workload;

import dev.fleetsim.models.distribution.DurationSampler;

/**
 * A running workload: on each arrival it draws the request's service demand and hands the
 * request, with the workload's client timeout, to its target.
 */
public final class Workload implements ArrivalListener {
    /** Timeout value meaning "the client waits forever". */
    public static final long NO_TIMEOUT = Long.MAX_VALUE;

    private final DurationSampler service;
    private final RequestSink target;
    private final long timeoutMicros;
    private final RetryPolicy retry;

    public Workload(DurationSampler service, RequestSink target, long timeoutMicros) {
        this(service, target, timeoutMicros, null);
    }

    /** A workload whose client retries failed requests by {@code retry} (null: never). */
    public Workload(DurationSampler service, RequestSink target, long timeoutMicros, RetryPolicy retry) {
        this.service = service;
        this.target = target;
        this.timeoutMicros = timeoutMicros;
        this.retry = retry;
        if (retry != null) {
            retry.target(target);
        }
    }

    @Override
    public void arrival() {
        if (retry == null) {
            target.arrive(service.sampleMicros(), timeoutMicros);
        } else {
            retry.send(service.sampleMicros(), timeoutMicros);
        }
    }
}
