package dev.fleetsim.models.workload;

import java.util.Arrays;

/**
 * A piecewise-constant rate: segment {@code i} covers [{@code until[i-1]}, {@code until[i]}) of a
 * cycle of length {@code until[n-1]} (with {@code until[-1]} = 0). After the cycle it repeats, or
 * the last rate holds for ever. Each segment is one window whose ceiling is its rate, so thinning
 * never rejects.
 */
final class PiecewiseRate implements RateFunction {
    private final long[] until;
    private final double[] perSecond;
    private final boolean repeat;
    private final long cycle;

    private long windowEnd = Long.MIN_VALUE;
    private double current;

    /**
     * @param until     segment ends in microseconds from the start of the cycle, strictly increasing, first > 0
     * @param perSecond segment rates, >= 0
     */
    PiecewiseRate(long[] until, double[] perSecond, boolean repeat) {
        if (until.length == 0 || until.length != perSecond.length) {
            throw new IllegalArgumentException("need one rate per segment, at least one segment");
        }
        for (int i = 0; i < until.length; i++) {
            if (until[i] <= (i == 0 ? 0 : until[i - 1])) {
                throw new IllegalArgumentException("segment ends must increase from > 0: " + Arrays.toString(until));
            }
            if (!(perSecond[i] >= 0) || Double.isInfinite(perSecond[i])) {
                throw new IllegalArgumentException("rate must be finite and >= 0: " + perSecond[i]);
            }
        }
        this.until = until.clone();
        this.perSecond = perSecond.clone();
        this.repeat = repeat;
        this.cycle = until[until.length - 1];
    }

    @Override
    public void seek(long t) {
        if (t < windowEnd) {
            return; // still in the current segment
        }
        if (!repeat && t >= cycle) {
            current = perSecond[perSecond.length - 1];
            windowEnd = Long.MAX_VALUE;
            return;
        }
        long cycleStart = t - Math.floorMod(t, cycle);
        long offset = t - cycleStart;
        int i = Arrays.binarySearch(until, offset);
        i = i >= 0 ? i + 1 : -i - 1; // the first segment ending after the offset
        current = perSecond[i];
        windowEnd = cycleStart + until[i];
    }

    @Override
    public double ceiling() {
        return current;
    }

    @Override
    public long windowEnd() {
        return windowEnd;
    }

    @Override
    public double rateAt(long t) {
        return current;
    }
}
