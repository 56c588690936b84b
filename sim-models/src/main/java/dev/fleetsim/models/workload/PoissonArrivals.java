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
public final class PoissonArrivals implements ArrivalProcess, Event {
    private final Scheduler scheduler;
    private final ExponentialGen gaps;
    private final ArrivalListener listener;
    private final long endTime;

    public PoissonArrivals(Scheduler scheduler, double ratePerSecond, RandomStream stream,
            ArrivalListener listener, long endTime) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be > 0: " + ratePerSecond);
        }
        this.scheduler = scheduler;
        this.gaps = new ExponentialGen(stream, ratePerSecond);
        this.listener = listener;
        this.endTime = endTime;
    }

    @Override
    public void start() {
        scheduleNext();
    }

    @Override
    public void fire() {
        listener.arrival();
        scheduleNext();
    }

    private void scheduleNext() {
        long next = scheduler.now() + SimTime.fromSeconds(gaps.nextDouble());
        if (next < endTime) {
            scheduler.scheduleAt(next, this);
        }
    }
}
