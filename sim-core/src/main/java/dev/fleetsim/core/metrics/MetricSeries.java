package dev.fleetsim.core.metrics;

import dev.fleetsim.core.kernel.SimTime;

/**
 * One metric aggregated into fixed periods the way CloudWatch aggregates it (aws-behaviour.md
 * §1.1): every sample recorded during a period contributes to that period's Average, Sum,
 * Minimum, Maximum and SampleCount.
 *
 * <h2>Periods</h2>
 * Period {@code p} covers simulated time {@code [p·P, (p+1)·P)}, aligned to time 0, where
 * {@code P} is the period length (default 60 s; CloudWatch uses 10, 30, 60, 300 s...). A sample
 * exactly at {@code (p+1)·P} belongs to period {@code p+1}. A period without samples is
 * <em>missing</em>: it has no datapoint, which is not the same as a datapoint of zero.
 *
 * <h2>Open and closed periods</h2>
 * The series has one <em>open</em> period, where samples accumulate, and a ring of the last
 * {@code K} <em>closed</em> periods. The series' clock only moves forward: {@link #record} and
 * {@link #advanceTo} close every period that ended at or before the given time, in order, each
 * one being offered first to the attached gauge (if any) and then to the {@link PeriodListener}
 * (if any). A closed period is final; recording into one is an error, because an alarm or a CSV
 * writer may already have read it. Samples within the open period may arrive in any order.
 *
 * <h2>Memory and allocation</h2>
 * Everything lives in primitive arrays sized at construction: {@code K} closed periods, never
 * more, however long the run. Recording and closing allocate nothing. Choose {@code K} to cover
 * the longest window any reader needs (an alarm's evaluation range, a forecasting window) and
 * stream older periods out through the listener.
 *
 * <p>Not thread-safe; a series belongs to one event loop.
 */
public final class MetricSeries {
    /** CloudWatch's standard period, and the default here. */
    public static final long DEFAULT_PERIOD = SimTime.MICROS_PER_MINUTE;

    private final long period;
    private final int capacity;
    private final PeriodListener listener;
    private PeriodFeeder feeder;

    // Ring of closed periods; period p lives in slot p mod capacity.
    private final long[] counts;
    private final double[] sums;
    private final double[] mins;
    private final double[] maxs;

    // The open period and its running aggregate.
    private long openPeriod;
    private long openEnd;
    private long openCount;
    private double openSum;
    private double openMin;
    private double openMax;

    private boolean notifying;

    /** A series with 60 s periods that retains the last {@code retainedPeriods} closed periods. */
    public MetricSeries(int retainedPeriods) {
        this(DEFAULT_PERIOD, retainedPeriods, null);
    }

    public MetricSeries(long periodMicros, int retainedPeriods) {
        this(periodMicros, retainedPeriods, null);
    }

    /**
     * @param periodMicros period length in microseconds, &gt; 0
     * @param retainedPeriods how many closed periods stay readable, &ge; 1
     * @param listener told about every closed period, or {@code null}
     */
    public MetricSeries(long periodMicros, int retainedPeriods, PeriodListener listener) {
        if (periodMicros <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodMicros + " us");
        }
        if (retainedPeriods < 1) {
            throw new IllegalArgumentException("must retain at least one period: " + retainedPeriods);
        }
        this.period = periodMicros;
        this.capacity = retainedPeriods;
        this.listener = listener;
        this.counts = new long[retainedPeriods];
        this.sums = new double[retainedPeriods];
        this.mins = new double[retainedPeriods];
        this.maxs = new double[retainedPeriods];
        this.openPeriod = 0;
        this.openEnd = periodMicros;
        resetOpen();
    }

    /**
     * Adds one sample at simulated time {@code time}. First closes every period that ended at or
     * before {@code time}.
     *
     * @throws IllegalArgumentException if {@code time} is negative or {@code value} is not finite
     *     (CloudWatch rejects NaN and infinities too)
     * @throws IllegalStateException if {@code time} falls in an already-closed period
     */
    public void record(long time, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric value must be finite: " + value);
        }
        if (notifying) {
            throw new IllegalStateException("a PeriodListener must not record into its series");
        }
        if (time >= openEnd) {
            advanceTo(time);
        } else if (time < openEnd - period) {
            if (time < 0) {
                throw new IllegalArgumentException("negative time: " + time + " us");
            }
            throw new IllegalStateException("period " + periodIndexAt(time) + " (time " + time
                    + " us) is already closed; the open period is " + openPeriod);
        }
        openCount++;
        openSum += value;
        if (value < openMin) {
            openMin = value;
        }
        if (value > openMax) {
            openMax = value;
        }
    }

    /**
     * Closes every period that ends at or before {@code time}; afterwards the period containing
     * {@code time} is open. Does nothing if that period is already open or closed. Readers that
     * want "every period complete by now" call this first.
     */
    public void advanceTo(long time) {
        if (time < openEnd) {
            return;
        }
        if (notifying) {
            throw new IllegalStateException("a PeriodListener must not advance its series");
        }
        long target = periodIndexAt(time);
        while (openPeriod < target) {
            closeOpenPeriod();
        }
    }

    private void closeOpenPeriod() {
        long p = openPeriod;
        if (feeder != null) {
            feeder.periodClosing(p);
        }
        int slot = slot(p);
        counts[slot] = openCount;
        sums[slot] = openSum;
        mins[slot] = openMin;
        maxs[slot] = openMax;
        resetOpen();
        openPeriod = p + 1;
        openEnd = Math.addExact(openEnd, period);
        if (listener != null) {
            notifying = true;
            try {
                listener.periodClosed(this, p);
            } finally {
                notifying = false;
            }
        }
    }

    private void resetOpen() {
        openCount = 0;
        openSum = 0.0;
        openMin = Double.POSITIVE_INFINITY;
        openMax = Double.NEGATIVE_INFINITY;
    }

    /** Attaches the one pre-aggregating input of this series; see {@link PeriodFeeder}. */
    void attachFeeder(PeriodFeeder f) {
        if (feeder != null) {
            throw new IllegalStateException("this series already has a gauge feeding it");
        }
        feeder = f;
    }

    // ---- reading ----

    /** Period length in microseconds. */
    public long periodMicros() {
        return period;
    }

    /** How many closed periods stay readable ({@code K}). */
    public int retainedPeriods() {
        return capacity;
    }

    /** Index of the period containing {@code time}: {@code floor(time / P)}. */
    public long periodIndexAt(long time) {
        return Math.floorDiv(time, period);
    }

    /** Start of period {@code p}, inclusive. */
    public long periodStart(long p) {
        return Math.multiplyExact(p, period);
    }

    /** End of period {@code p}, exclusive: the instant its datapoint is complete. */
    public long periodEnd(long p) {
        return Math.multiplyExact(p + 1, period);
    }

    /**
     * The latest period that is complete at {@code time}, i.e. ends at or before it:
     * {@code floor(time / P) − 1}. Pure arithmetic; negative when no period has ended yet.
     */
    public long latestCompletedPeriodAt(long time) {
        return periodIndexAt(time) - 1;
    }

    /** Index of the period currently accumulating samples. */
    public long openPeriod() {
        return openPeriod;
    }

    /** Latest period this series has closed, or −1 if none. */
    public long latestClosedPeriod() {
        return openPeriod - 1;
    }

    /** Whether closed period {@code p} is still in the ring (closed, not yet overwritten). */
    public boolean isRetained(long p) {
        return p >= 0 && p < openPeriod && p >= openPeriod - capacity;
    }

    /** Whether closed period {@code p} is retained and has at least one sample. */
    public boolean hasDatapoint(long p) {
        return isRetained(p) && counts[slot(p)] > 0;
    }

    /**
     * Number of samples in closed period {@code p} (0 for a missing period).
     *
     * @throws IllegalArgumentException if {@code p} is not retained
     */
    public long sampleCount(long p) {
        return counts[retainedSlot(p)];
    }

    /**
     * The datapoint of closed period {@code p} for {@code statistic}, or {@code NaN} if the
     * period is missing (no samples). Check {@link #hasDatapoint} to tell missing from a value.
     *
     * @throws IllegalArgumentException if {@code p} is not retained (still open, not yet
     *     reached, negative, or already overwritten in the ring)
     */
    public double datapoint(long p, Statistic statistic) {
        int s = retainedSlot(p);
        return statistic.of(counts[s], sums[s], mins[s], maxs[s]);
    }

    private int retainedSlot(long p) {
        if (!isRetained(p)) {
            throw new IllegalArgumentException("period " + p + " is not retained: closed periods "
                    + Math.max(0, openPeriod - capacity) + ".." + (openPeriod - 1) + " are");
        }
        return slot(p);
    }

    private int slot(long p) {
        return (int) Math.floorMod(p, (long) capacity);
    }
}
