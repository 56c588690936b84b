package dev.fleetsim.models.spot;

import dev.fleetsim.models.scenario.SpotRebalanceSpec;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws when a Spot instance gets its rebalance recommendation (aws-behaviour.md 3.2, M12), given
 * when its interruption notice comes. Three uniforms per instance, always, from the group's own
 * {@code spot-rebalance/NAME} stream, so the interruption times of {@code spot/NAME} do not
 * depend on it.
 *
 * <ul>
 *   <li>True recommendation: with probability p, at the notice minus a lead time L ~ Exp(mean)
 *       truncated to [min, max] (not before launch); otherwise together with the notice.</li>
 *   <li>False alarm: a recommendation at a time F ~ Exp(λ · f / (1 − f)), λ the pool's hazard, if it
 *       comes first. That rate makes a fraction f of all recommendations false.</li>
 * </ul>
 */
public final class RebalanceClock {
    private final SpotRebalanceSpec spec;
    private final RandomStream stream;

    public RebalanceClock(SpotRebalanceSpec spec, RandomStream stream) {
        this.spec = spec;
        this.stream = stream;
    }

    /** Microseconds from launch to the recommendation, or {@link InterruptionClock#NEVER}. */
    public long timeToRecommendation(SpotPool pool, long timeToNotice) {
        double early = stream.nextDouble();
        double lead = stream.nextDouble();
        double falseAlarm = stream.nextDouble();
        long best = InterruptionClock.NEVER;
        if (timeToNotice != InterruptionClock.NEVER) {
            best = early < spec.probability().value() ? Math.max(0, timeToNotice - leadMicros(lead)) : timeToNotice;
        }
        double f = spec.falseAlarmFraction().value();
        double rate = pool.hazardPerMicro() * f / (1 - f);
        if (rate > 0) {
            double t = -Math.log1p(-falseAlarm) / rate;
            if (t < best) {
                best = Math.round(t);
            }
        }
        return best;
    }

    /** Inverse CDF of the exponential truncated to [min, max]. */
    long leadMicros(double u) {
        double m = spec.leadTimeMean().micros();
        double lo = Math.exp(-spec.leadTimeMin().micros() / m);
        double hi = Math.exp(-spec.leadTimeMax().micros() / m);
        return Math.round(-m * Math.log(lo - u * (lo - hi)));
    }
}
