package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import umontreal.ssj.rng.RandomStream;

/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis and Shedler, 1979) against a piecewise
 * ceiling: within each window of the {@link RateFunction}, candidates are drawn as a Poisson
 * process at the window's ceiling and each is kept with probability rate/ceiling. A candidate
 * that falls past the window is discarded and drawing restarts at the window's end, which is
 * exact because exponential gaps are memoryless.
 *
 * <p>Only the next arrival is ever pending: one event object, rescheduled after each arrival,
 * and no allocation per arrival. Draws per candidate: one uniform for the gap, and a second for
 * the acceptance test only when the rate is below the ceiling. With a constant rate this is
 * draw-for-draw the homogeneous Poisson process of exponential gaps, −ln(1 − U)/λ.
 */
final class NhppArrivals implements ArrivalProcess, Event {
    private final Scheduler scheduler;
    private final RateFunction rate;
    private final RandomStream stream;
    private final ArrivalListener listener;
    private final long endTime;

    NhppArrivals(Scheduler scheduler, RateFunction rate, RandomStream stream, ArrivalListener listener, long endTime) {
        this.scheduler = scheduler;
        this.rate = rate;
        this.stream = stream;
        this.listener = listener;
        this.endTime = endTime;
    }

    @Override
    public void start() {
        scheduleFrom(scheduler.now());
    }

    @Override
    public void fire() {
        listener.arrival();
        scheduleFrom(scheduler.now());
    }

    private void scheduleFrom(long from) {
        long next = nextArrival(from);
        if (next < endTime) {
            scheduler.scheduleAt(next, this);
        }
    }

    /** The first accepted arrival after {@code t}, or a time at or after the end time if none comes before it. */
    long nextArrival(long t) {
        while (t < endTime) {
            rate.seek(t);
            double ceiling = rate.ceiling();
            long windowEnd = rate.windowEnd();
            if (windowEnd <= t) {
                throw new IllegalStateException("rate window ends at " + windowEnd + " us, not after " + t + " us");
            }
            if (ceiling > 0) {
                double gapMicros = -Math.log1p(-stream.nextDouble()) / ceiling * SimTime.MICROS_PER_SECOND;
                if (gapMicros < windowEnd - (double) t) {
                    long candidate = t + Math.round(gapMicros);
                    if (candidate < windowEnd) {
                        t = candidate;
                        double r = rate.rateAt(t);
                        if (r >= ceiling || stream.nextDouble() * ceiling < r) {
                            return t;
                        }
                        continue;
                    }
                }
            }
            t = windowEnd;
        }
        return t;
    }
}
