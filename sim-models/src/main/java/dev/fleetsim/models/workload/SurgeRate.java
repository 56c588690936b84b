package dev.fleetsim.models.workload;

/**
 * A base rate times a step multiplier: surge {@code k} multiplies the rate by
 * {@code multiplier[k]} on [{@code at[k]} + j·{@code every[k]}, … + {@code duration[k]}) for
 * j = 0, 1, … (only j = 0 when {@code every[k]} is 0). Overlapping surges multiply. Windows are
 * the base's windows cut at every surge edge, so the ceiling is the base's ceiling times the
 * multiplier in force, and thinning is exactly as tight as it is for the base.
 */
final class SurgeRate implements RateFunction {
    private final RateFunction base;
    private final long[] at;
    private final long[] duration;
    private final long[] every;
    private final double[] multiplier;

    private double factor;
    private long windowEnd;
    private long edge = Long.MIN_VALUE; // next surge edge after the last computed factor

    SurgeRate(RateFunction base, long[] at, long[] duration, long[] every, double[] multiplier) {
        int n = at.length;
        if (duration.length != n || every.length != n || multiplier.length != n) {
            throw new IllegalArgumentException("need at, duration, every and multiplier for each surge");
        }
        for (int k = 0; k < n; k++) {
            if (at[k] < 0 || duration[k] <= 0 || every[k] < 0 || (every[k] > 0 && every[k] < duration[k])
                    || !(multiplier[k] >= 0) || Double.isInfinite(multiplier[k])) {
                throw new IllegalArgumentException("bad surge " + k + ": at " + at[k] + " us, duration " + duration[k]
                        + " us, every " + every[k] + " us, multiplier " + multiplier[k]);
            }
        }
        this.base = base;
        this.at = at.clone();
        this.duration = duration.clone();
        this.every = every.clone();
        this.multiplier = multiplier.clone();
    }

    @Override
    public void seek(long t) {
        base.seek(t);
        if (t >= edge) {
            factor = 1;
            edge = Long.MAX_VALUE;
            for (int k = 0; k < at.length; k++) {
                long start;
                if (t < at[k]) {
                    start = at[k];
                } else if (every[k] == 0) {
                    start = at[k];
                } else {
                    start = t - (t - at[k]) % every[k];
                }
                long end = start + duration[k];
                if (t >= start && t < end) {
                    factor *= multiplier[k];
                    edge = Math.min(edge, end);
                } else if (t < start) {
                    edge = Math.min(edge, start);
                } else if (every[k] > 0) {
                    edge = Math.min(edge, start + every[k]);
                }
            }
        }
        windowEnd = Math.min(base.windowEnd(), edge);
    }

    @Override
    public double ceiling() {
        return base.ceiling() * factor;
    }

    @Override
    public long windowEnd() {
        return windowEnd;
    }

    @Override
    public double rateAt(long t) {
        return base.rateAt(t) * factor;
    }
}
