package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.DatapointLag;
import umontreal.ssj.rng.RandomStream;

/**
 * M1: CloudWatch's ingestion delay, uniform in [min, max] for each period, independently
 * (aws-behaviour.md §1.1 GAP; defaults in {@link ScalingOptions}).
 *
 * <p>{@link DatapointLag} must be a pure function of the period index. Rather than remember a
 * draw per period, the lag of period {@code p} is a 64-bit hash of (seed, p) mapped onto
 * [min, max]; the seed is the one draw this class takes from its stream. So the answer never
 * depends on which periods were asked about, or in what order, and memory stays flat.
 */
public final class UniformDatapointLag implements DatapointLag {
    private final long seed;
    private final long min;
    private final long span;

    private UniformDatapointLag(long seed, long min, long max) {
        this.seed = seed;
        this.min = min;
        this.span = max - min;
    }

    /** A lag uniform in [min, max] microseconds, seeded by one draw from {@code stream}; fixed if min == max. */
    public static DatapointLag of(long minMicros, long maxMicros, RandomStream stream) {
        if (minMicros < 0 || maxMicros < minMicros) {
            throw new IllegalArgumentException("expected 0 <= min <= max, found [" + minMicros + ", " + maxMicros + "] us");
        }
        if (minMicros == maxMicros) {
            return DatapointLag.fixed(minMicros);
        }
        long seed = (long) (stream.nextDouble() * 0x1.0p53);
        return new UniformDatapointLag(seed, minMicros, maxMicros);
    }

    @Override
    public long lagMicros(long periodIndex) {
        double u = (mix(seed + periodIndex * 0x9e3779b97f4a7c15L) >>> 11) * 0x1.0p-53; // [0, 1)
        return min + Math.round(u * span);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
