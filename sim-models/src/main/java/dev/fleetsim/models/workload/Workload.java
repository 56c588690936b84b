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

    public Workload(DurationSampler service, RequestSink target, long timeoutMicros) {
        this.service = service;
        this.target = target;
        this.timeoutMicros = timeoutMicros;
    }

    @Override
    public void arrival() {
        target.arrive(service.sampleMicros(), timeoutMicros);
    }
}
