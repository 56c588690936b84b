package dev.fleetsim.core.stats;

import org.HdrHistogram.Histogram;

/**
 * Request latencies in microseconds, in an HdrHistogram with 3 significant digits.
 *
 * <p>Memory is bounded: the histogram's range is fixed at construction (at least one day), and a
 * value above it is recorded at the top of the range and counted in {@link #clampedCount()}, so
 * a pathological run cannot grow memory or throw mid-simulation. A run sizes its recorder with
 * {@link #coveringUpTo} so that no latency it can produce (none exceeds the horizon) is clamped;
 * the range only costs memory logarithmically. A simulator sees every request,
 * so no coordinated-omission correction is applied. One recorder per replication; merge with
 * {@link #add(LatencyRecorder)}.
 */
public final class LatencyRecorder {
    /** One day in microseconds: longer than any client timeout a scenario may set. */
    public static final long DEFAULT_HIGHEST_MICROS = 86_400_000_000L;
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram;
    private final long highest;
    private long clamped;

    public LatencyRecorder() {
        this(DEFAULT_HIGHEST_MICROS);
    }

    /** A recorder whose range holds every latency up to {@code longestMicros} (and at least a day). */
    public static LatencyRecorder coveringUpTo(long longestMicros) {
        return new LatencyRecorder(Math.max(DEFAULT_HIGHEST_MICROS, longestMicros));
    }

    /** One recorder holding all of {@code recorders}, with the widest of their ranges. */
    public static LatencyRecorder pooled(Iterable<LatencyRecorder> recorders) {
        long highest = DEFAULT_HIGHEST_MICROS;
        for (LatencyRecorder r : recorders) {
            highest = Math.max(highest, r.highest);
        }
        LatencyRecorder pooled = new LatencyRecorder(highest);
        recorders.forEach(pooled::add);
        return pooled;
    }

    public LatencyRecorder(long highestTrackableMicros) {
        this.highest = highestTrackableMicros;
        this.histogram = new Histogram(1, highestTrackableMicros, SIGNIFICANT_DIGITS);
    }

    /** Records one latency; negative values are a model bug and rejected. */
    public void record(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("negative latency: " + micros + " us");
        }
        if (micros > highest) {
            clamped++;
            micros = highest;
        }
        histogram.recordValue(micros);
    }

    public void add(LatencyRecorder other) {
        histogram.add(other.histogram);
        clamped += other.clamped;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The largest latency recorded exactly; larger ones are clamped to it. */
    public long highestTrackableMicros() {
        return highest;
    }

    /** Number of values above the trackable range, recorded at its top. */
    public long clampedCount() {
        return clamped;
    }

    /** Percentile in microseconds, {@code p} in [0, 100]; 0 when empty. */
    public long percentileMicros(double p) {
        return histogram.getValueAtPercentile(p);
    }

    public double meanMicros() {
        return histogram.getTotalCount() == 0 ? 0.0 : histogram.getMean();
    }

    public long maxMicros() {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue();
    }

    /** A copy of the underlying histogram, for renderers that plot distributions. */
    public Histogram histogramCopy() {
        return histogram.copy();
    }
}
