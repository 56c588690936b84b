package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Homogeneous Poisson arrivals: exponential gaps at a constant rate until the end time. One
 * event object, rescheduled for every arrival, so the hot path allocates nothing.
 */
public final class PoissonArrivals implements Event {
    private final Scheduler scheduler;
    private final ExponentialGen gaps;
    private final DurationSampler service;
    private final RequestSink sink;
    private final long endTime;

    /**
     * @param ratePerSecond arrival rate
     * @param gapStream     stream for the inter-arrival gaps
     * @param service       service demand of each request
     * @param endTime       no arrival at or after this time
     */
    public PoissonArrivals(Scheduler scheduler, double ratePerSecond, RandomStream gapStream,
            DurationSampler service, RequestSink sink, long endTime) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be > 0: " + ratePerSecond);
        }
        this.scheduler = scheduler;
        this.gaps = new ExponentialGen(gapStream, ratePerSecond);
        this.service = service;
        this.sink = sink;
        this.endTime = endTime;
    }

    /** Schedules the first arrival. */
    public void start() {
        scheduleNext();
    }

    @Override
    public void fire() {
        sink.arrive(service.sampleMicros());
        scheduleNext();
    }

    private void scheduleNext() {
        long next = scheduler.now() + SimTime.fromSeconds(gaps.nextDouble());
        if (next < endTime) {
            scheduler.scheduleAt(next, this);
        }
    }
}
