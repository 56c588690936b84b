package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import umontreal.ssj.rng.RandomStream;

/** Builds the arrival process a spec describes. */
public final class Arrivals {
    private Arrivals() {}

    /**
     * @param stream  the workload's own arrival stream (substream of the replication)
     * @param endTime no arrival at or after this time
     */
    public static ArrivalProcess create(ArrivalsSpec spec, Scheduler scheduler, RandomStream stream,
            ArrivalListener listener, long endTime) {
        if (spec instanceof ArrivalsSpec.Poisson p) {
            return new PoissonArrivals(scheduler, p.rate().perSecond(), stream, listener, endTime);
        }
        throw new IllegalArgumentException("no arrival process for " + spec);
    }
}
