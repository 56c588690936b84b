package dev.fleetsim.models.spot;

import dev.fleetsim.core.kernel.SimTime;
import java.util.Arrays;

/**
 * A pool's Spot price over time: a step function, the price in force from each change until the
 * next (aws-behaviour.md 3.4: prices move, and an instance pays the current price per second).
 * Immutable; shared by every replication.
 */
public final class SpotPrice {
    /** When each price takes effect, ascending; the first is {@link Long#MIN_VALUE}. */
    private final long[] from;
    /** USD per instance-hour from {@code from[k]}. */
    private final double[] perHour;

    private SpotPrice(long[] from, double[] perHour) {
        this.from = from;
        this.perHour = perHour;
    }

    public static SpotPrice constant(double perHour) {
        return new SpotPrice(new long[] {Long.MIN_VALUE}, new double[] {perHour});
    }

    /**
     * {@code initial} until {@code times[0]}, then {@code prices[k]} from {@code times[k]};
     * times must not decrease (a later entry at an equal time wins).
     */
    public static SpotPrice steps(double initial, long[] times, double[] prices) {
        long[] f = new long[times.length + 1];
        double[] p = new double[times.length + 1];
        f[0] = Long.MIN_VALUE;
        p[0] = initial;
        for (int k = 0; k < times.length; k++) {
            if (times[k] < f[k]) {
                throw new IllegalArgumentException("price times must not decrease");
            }
            f[k + 1] = times[k];
            p[k + 1] = prices[k];
        }
        return new SpotPrice(f, p);
    }

    /** The price in force at {@code time}, USD per instance-hour. */
    public double at(long time) {
        return perHour[segment(time)];
    }

    /** What one instance running over [start, end) pays, in USD, at the prices in force. */
    public double usd(long start, long end) {
        if (end <= start) {
            return 0;
        }
        double micros = 0; // price × time, in USD-hours × µs
        int k = segment(start);
        long t = start;
        while (t < end) {
            long next = k + 1 < from.length ? Math.min(end, from[k + 1]) : end;
            micros += perHour[k] * (next - t);
            t = next;
            k++;
        }
        return micros / SimTime.MICROS_PER_HOUR;
    }

    /** Whether the price ever changes. */
    public boolean varies() {
        return Arrays.stream(perHour).distinct().count() > 1;
    }

    private int segment(long time) {
        int lo = 0;
        int hi = from.length - 1;
        while (lo < hi) { // the last k with from[k] <= time
            int mid = (lo + hi + 1) >>> 1;
            if (from[mid] <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
