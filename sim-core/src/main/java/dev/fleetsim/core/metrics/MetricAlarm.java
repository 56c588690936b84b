package dev.fleetsim.core.metrics;

import dev.fleetsim.core.kernel.SimTime;
import java.util.Objects;

/**
 * A CloudWatch-style metric alarm over one {@link MetricSeries}: "at least M of the last N
 * datapoints breach the threshold" (aws-behaviour.md §1.2; CloudWatch user guide S44, sections
 * "Evaluating an alarm", "How alarm state is evaluated when data is missing" and "Avoiding
 * premature transitions to alarm state"). Built with {@link #on(MetricSeries)}.
 *
 * <h2>Datapoints</h2>
 * The alarm's period is its series' period. A datapoint is the chosen {@link Statistic} of one
 * closed period. Period {@code p}'s datapoint is <em>visible</em> at time {@code t} when
 * {@code periodEnd(p) + lag(p) <= t} (lag: {@link DatapointLag}, §1.1 GAP / M1, default 0).
 * Periods before time 0, periods without samples and periods not yet visible are
 * <em>missing</em>. A real datapoint <em>breaches</em> when {@code datapoint OP threshold}.
 *
 * <h2>Evaluation range</h2>
 * {@link #evaluate(long) evaluate(t)} reads the {@code R} most recent periods that have
 * <em>ended</em> by {@code t} — periods {@code floor(t/P)−R .. floor(t/P)−1} — whether or not
 * they are visible yet. So a late datapoint is missing at first and the range makes up for it
 * from older real points, as in CloudWatch. {@code R} is larger than {@code N}; CloudWatch only
 * says it depends on the period and resolution and gives one example ({@code N = 3 → R = 5}).
 * Our default is <b>{@code R = N + max(2, floor(N/3))}</b> (3 → 5, 5 → 7, 15 → 20): it
 * reproduces the documented example, and for long windows keeps roughly the same share of slack.
 * Configurable with {@link Builder#evaluationRange(int)}.
 *
 * <h2>Decision rule</h2>
 * Let {@code r} be the number of real datapoints in the range, {@code b} how many of them breach.
 * <ol>
 *   <li>{@code r >= N}: the {@code N} most recent real datapoints are evaluated (older real points
 *       stand in for missing recent ones); ALARM if at least {@code M} of them breach, else OK.
 *       TreatMissingData plays no part.</li>
 *   <li>{@code r < N}: all {@code r} real datapoints plus {@code N − r} filled ones are evaluated,
 *       the fills taking the most recent missing slots ("missing data used as few times as
 *       possible").
 *     <ul>
 *       <li>BREACHING: ALARM if {@code b + (N − r) >= M}, else OK.</li>
 *       <li>NOT_BREACHING: ALARM if {@code b >= M}, else OK.</li>
 *       <li>MISSING: {@code r == 0} → INSUFFICIENT_DATA. Else ALARM if {@code b >= M}. Else the
 *           <em>premature-alarm</em> rule: if every real datapoint breaches and the oldest of them
 *           is at least {@code M} places old in the evaluated window (1 = newest) → ALARM. Else
 *           OK (fewer than M breach).</li>
 *       <li>IGNORE: as MISSING, except that where MISSING answers INSUFFICIENT_DATA ({@code r == 0})
 *           or a premature ALARM, the current state is kept.</li>
 *     </ul></li>
 * </ol>
 * This reproduces every row of both tables in S44 (checked by {@code RangeEvaluatorTest}).
 * Points where the user guide is ambiguous, and what we chose:
 * <ul>
 *   <li>The premature-alarm paragraph for M-of-N alarms says "at least as old as Evaluation
 *       Periods", but the 2-of-3 table (row {@code - - - X -} → ALARM) needs "at least as old as
 *       M"; we follow the table.</li>
 *   <li>{@code - - - - X} with 3 of 3 and MISSING: the current guide only says it does not go to
 *       ALARM; an older edition listed INSUFFICIENT_DATA. We answer OK, by the guide's general
 *       rule that fewer than M breaching evaluated points means OK.</li>
 * </ul>
 * Consequences worth knowing: a new 3-of-3 alarm whose metric starts breaching at once goes OK
 * after the first minute and ALARM after the third (not earlier); after a metric stops, the alarm
 * keeps re-evaluating its last real points until they leave the range (the guide's note on
 * metrics that stop flowing).
 *
 * <h2>State and cadence</h2>
 * A new alarm is INSUFFICIENT_DATA (§1.2). The caller schedules evaluations, normally every
 * {@link #evaluationCadence(long)} (60 s for periods &ge; 60 s, else 10 s, §1.2); evaluation times
 * must not decrease. Each evaluation reports whether the state changed
 * ({@link #changedOnLastEvaluation()}, {@link #stateChangedAt()}): scaling policies act on
 * changes, and step/simple policies also on "still in ALARM" (§1.2, §2.3).
 *
 * <p>Evaluating advances the series to {@code t} (closing completed periods, including any
 * attached {@link TimeWeightedGauge}'s) and allocates nothing.
 */
public final class MetricAlarm {
    /** {@link #stateChangedAt()} before the first state change. */
    public static final long NEVER = Long.MIN_VALUE;

    private final MetricSeries series;
    private final Statistic statistic;
    private final ComparisonOperator operator;
    private final double threshold;
    private final int evaluationPeriods;
    private final int datapointsToAlarm;
    private final TreatMissingData treatMissingData;
    private final int evaluationRange;
    private final DatapointLag lag;
    private final byte[] slots;

    private AlarmState state = AlarmState.INSUFFICIENT_DATA;
    private AlarmState previousState = AlarmState.INSUFFICIENT_DATA;
    private boolean changedOnLastEvaluation;
    private long stateChangedAt = NEVER;
    private long lastEvaluatedAt = NEVER;

    private MetricAlarm(Builder b, int datapointsToAlarm, int evaluationRange) {
        this.series = b.series;
        this.statistic = b.statistic;
        this.operator = b.operator;
        this.threshold = b.threshold;
        this.evaluationPeriods = b.evaluationPeriods;
        this.datapointsToAlarm = datapointsToAlarm;
        this.treatMissingData = b.treatMissingData;
        this.evaluationRange = evaluationRange;
        this.lag = b.lag;
        this.slots = new byte[evaluationRange];
    }

    /** Starts building an alarm on {@code series}. */
    public static Builder on(MetricSeries series) {
        return new Builder(series);
    }

    /** Default evaluation range for {@code N} evaluation periods: {@code N + max(2, floor(N/3))}. */
    public static int defaultEvaluationRange(int evaluationPeriods) {
        return evaluationPeriods + Math.max(2, evaluationPeriods / 3);
    }

    /**
     * How often CloudWatch evaluates an alarm with this period (§1.2): every 60 s for periods of
     * 60 s or more, every 10 s for 10 s and 30 s (high-resolution) periods.
     */
    public static long evaluationCadence(long periodMicros) {
        return periodMicros >= SimTime.MICROS_PER_MINUTE
                ? SimTime.MICROS_PER_MINUTE
                : 10 * SimTime.MICROS_PER_SECOND;
    }

    /**
     * Evaluates the alarm at simulated time {@code time} and returns its (possibly new) state.
     *
     * @throws IllegalArgumentException if {@code time} is before the previous evaluation
     * @throws IllegalStateException if the series no longer retains a period of the range
     *     (it was advanced far beyond {@code time} by someone else)
     */
    public AlarmState evaluate(long time) {
        if (time < lastEvaluatedAt) {
            throw new IllegalArgumentException("evaluation time went backwards: " + time
                    + " us is before " + lastEvaluatedAt + " us");
        }
        lastEvaluatedAt = time;
        series.advanceTo(time);
        long oldest = series.latestCompletedPeriodAt(time) - evaluationRange + 1;
        for (int i = 0; i < evaluationRange; i++) {
            slots[i] = classify(oldest + i, time);
        }
        AlarmState next = RangeEvaluator.decide(slots, evaluationRange, evaluationPeriods,
                datapointsToAlarm, treatMissingData, state);
        changedOnLastEvaluation = next != state;
        if (changedOnLastEvaluation) {
            previousState = state;
            state = next;
            stateChangedAt = time;
        }
        return state;
    }

    private byte classify(long p, long time) {
        if (p < 0) {
            return RangeEvaluator.MISSING; // before the run began: nothing was ever reported
        }
        if (!series.isRetained(p)) {
            throw new IllegalStateException("period " + p + " of the evaluation range is no longer"
                    + " retained by the series (latest closed: " + series.latestClosedPeriod() + ")");
        }
        if (!series.hasDatapoint(p)) {
            return RangeEvaluator.MISSING;
        }
        long lagMicros = lag.lagMicros(p);
        if (lagMicros < 0) {
            throw new IllegalStateException("negative datapoint lag for period " + p + ": " + lagMicros);
        }
        if (Math.addExact(series.periodEnd(p), lagMicros) > time) {
            return RangeEvaluator.MISSING; // not ingested yet
        }
        return operator.breaches(series.datapoint(p, statistic), threshold)
                ? RangeEvaluator.BREACHING
                : RangeEvaluator.NOT_BREACHING;
    }

    /** Current state; INSUFFICIENT_DATA until the first evaluation decides otherwise. */
    public AlarmState state() {
        return state;
    }

    /** The state before the latest change (INSUFFICIENT_DATA if there was none). */
    public AlarmState previousState() {
        return previousState;
    }

    /** Whether the latest {@link #evaluate} changed the state. */
    public boolean changedOnLastEvaluation() {
        return changedOnLastEvaluation;
    }

    /** Time of the latest state change, or {@link #NEVER}. */
    public long stateChangedAt() {
        return stateChangedAt;
    }

    /** Time of the latest evaluation, or {@link #NEVER}. */
    public long lastEvaluatedAt() {
        return lastEvaluatedAt;
    }

    public MetricSeries series() {
        return series;
    }

    public Statistic statistic() {
        return statistic;
    }

    public ComparisonOperator comparisonOperator() {
        return operator;
    }

    public double threshold() {
        return threshold;
    }

    public int evaluationPeriods() {
        return evaluationPeriods;
    }

    public int datapointsToAlarm() {
        return datapointsToAlarm;
    }

    public TreatMissingData treatMissingData() {
        return treatMissingData;
    }

    public int evaluationRange() {
        return evaluationRange;
    }

    /**
     * Alarm settings. Required: {@link #threshold(ComparisonOperator, double)} and
     * {@link #evaluationPeriods(int)}. Defaults: statistic AVERAGE, DatapointsToAlarm = N,
     * TreatMissingData MISSING (§1.2), evaluation range {@link #defaultEvaluationRange(int)},
     * lag {@link DatapointLag#NONE}.
     */
    public static final class Builder {
        private final MetricSeries series;
        private Statistic statistic = Statistic.AVERAGE;
        private ComparisonOperator operator;
        private double threshold = Double.NaN;
        private int evaluationPeriods;
        private int datapointsToAlarm;
        private TreatMissingData treatMissingData = TreatMissingData.MISSING;
        private int evaluationRange;
        private DatapointLag lag = DatapointLag.NONE;

        private Builder(MetricSeries series) {
            this.series = Objects.requireNonNull(series, "series");
        }

        public Builder statistic(Statistic statistic) {
            this.statistic = Objects.requireNonNull(statistic, "statistic");
            return this;
        }

        /** A datapoint breaches when {@code datapoint operator threshold}. */
        public Builder threshold(ComparisonOperator operator, double threshold) {
            this.operator = Objects.requireNonNull(operator, "operator");
            this.threshold = threshold;
            return this;
        }

        /** N: how many datapoints the alarm evaluates. */
        public Builder evaluationPeriods(int n) {
            this.evaluationPeriods = n;
            return this;
        }

        /** M: how many of the N must breach for ALARM; defaults to N. */
        public Builder datapointsToAlarm(int m) {
            this.datapointsToAlarm = m;
            return this;
        }

        public Builder treatMissingData(TreatMissingData treatMissingData) {
            this.treatMissingData = Objects.requireNonNull(treatMissingData, "treatMissingData");
            return this;
        }

        /** R: how many recent periods are read to find N datapoints; R &ge; N. */
        public Builder evaluationRange(int r) {
            this.evaluationRange = r;
            return this;
        }

        public Builder datapointLag(DatapointLag lag) {
            this.lag = Objects.requireNonNull(lag, "lag");
            return this;
        }

        public Builder datapointLagMicros(long lagMicros) {
            return datapointLag(DatapointLag.fixed(lagMicros));
        }

        /**
         * @throws IllegalArgumentException on a missing or inconsistent setting, or if the series
         *     retains fewer periods than the evaluation range
         */
        public MetricAlarm build() {
            if (operator == null || !Double.isFinite(threshold)) {
                throw new IllegalArgumentException("a comparison operator and a finite threshold are required");
            }
            if (evaluationPeriods < 1) {
                throw new IllegalArgumentException("evaluationPeriods must be >= 1: " + evaluationPeriods);
            }
            // 0 means "not set": the defaults depend on N, so they are resolved here.
            int m = datapointsToAlarm == 0 ? evaluationPeriods : datapointsToAlarm;
            if (m < 1 || m > evaluationPeriods) {
                throw new IllegalArgumentException("datapointsToAlarm must be in 1.." + evaluationPeriods
                        + ": " + m);
            }
            int r = evaluationRange == 0 ? defaultEvaluationRange(evaluationPeriods) : evaluationRange;
            if (r < evaluationPeriods) {
                throw new IllegalArgumentException("evaluationRange " + r
                        + " is shorter than evaluationPeriods " + evaluationPeriods);
            }
            if (series.retainedPeriods() < r) {
                throw new IllegalArgumentException("the series retains " + series.retainedPeriods()
                        + " periods but the alarm reads " + r);
            }
            return new MetricAlarm(this, m, r);
        }
    }
}
