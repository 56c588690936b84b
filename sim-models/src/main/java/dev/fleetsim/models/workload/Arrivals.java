package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * Builds the arrival process a spec describes. Every process but trace replay is a
 * non-homogeneous Poisson process: one thinning engine ({@link NhppArrivals}) over a
 * {@link RateFunction}, and surges compose by multiplying the base's rate function.
 */
public final class Arrivals {
    private Arrivals() {}

    /**
     * @param spec    a validated spec; a trace's file is already resolved against the scenario's directory
     * @param stream  the workload's own arrival stream (substream of the replication); every draw
     *                of the process, including a modulating chain's, comes from it
     * @param endTime no arrival at or after this time
     */
    public static ArrivalProcess create(ArrivalsSpec spec, Scheduler scheduler, RandomStream stream,
            ArrivalListener listener, long endTime) {
        if (spec instanceof ArrivalsSpec.Trace t) {
            return new TraceArrivals(scheduler, t.file(), t.counts(), t.interval() == null ? 0 : t.interval().micros(),
                    t.timeScale(), t.loop(), t.period() == null ? 0 : t.period().micros(), stream, listener, endTime);
        }
        return new NhppArrivals(scheduler, rate(spec, stream), stream, listener, endTime);
    }

    /** The rate function of a rate-driven spec (anything but a trace). */
    static RateFunction rate(ArrivalsSpec spec, RandomStream stream) {
        if (spec instanceof ArrivalsSpec.Poisson p) {
            return new ConstantRate(p.rate().perSecond());
        }
        if (spec instanceof ArrivalsSpec.Piecewise p) {
            List<ArrivalsSpec.Piecewise.RateSegment> segments = p.segments();
            long[] until = new long[segments.size()];
            double[] rates = new double[segments.size()];
            for (int i = 0; i < until.length; i++) {
                until[i] = segments.get(i).until().micros();
                rates[i] = segments.get(i).rate().perSecond();
            }
            return new PiecewiseRate(until, rates, p.repeat());
        }
        if (spec instanceof ArrivalsSpec.Diurnal d) {
            return new DiurnalRate(d.mean().perSecond(), d.peakToTrough(), d.peakAtMicros(), d.weekendFactor());
        }
        if (spec instanceof ArrivalsSpec.Surge s) {
            int n = s.surges().size();
            long[] at = new long[n];
            long[] duration = new long[n];
            long[] every = new long[n];
            double[] multiplier = new double[n];
            for (int k = 0; k < n; k++) {
                ArrivalsSpec.Surge.SurgeWindow w = s.surges().get(k);
                at[k] = w.at().micros();
                duration[k] = w.duration().micros();
                every[k] = w.every() == null ? 0 : w.every().micros();
                multiplier[k] = w.multiplier();
            }
            return new SurgeRate(rate(s.base(), stream), at, duration, every, multiplier);
        }
        if (spec instanceof ArrivalsSpec.Mmpp m) {
            int n = m.states().size();
            double[] rates = new double[n];
            long[] sojourns = new long[n];
            for (int i = 0; i < n; i++) {
                rates[i] = m.states().get(i).rate().perSecond();
                sojourns[i] = m.states().get(i).meanSojourn().micros();
            }
            return new MarkovModulatedRate(rates, sojourns, m.jumpMatrix(), stream);
        }
        throw new IllegalArgumentException("no rate function for " + spec);
    }
}
