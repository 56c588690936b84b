package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.core.metrics.TimeWeightedGauge;
import dev.fleetsim.models.scaling.ScalingMetric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * The metric series a group publishes for its scaling policies, as CloudWatch would. Every series
 * holds one sample per period, so its Average, Sum, Minimum and Maximum agree:
 * <ul>
 *   <li>{@link ScalingMetric#CPU} (ASGAverageCPUUtilization, percent): the time-weighted mean
 *       over the period of busy slots / slots, summed over the in-service instances that are past
 *       warm-up and healthy (aws-behaviour.md 2.5: warming instances' metrics stay out of the
 *       group aggregate). No instance eligible during the period: no datapoint.</li>
 *   <li>{@link ScalingMetric#REQUEST_COUNT_PER_TARGET} (ALBRequestCountPerTarget): requests the
 *       balancer routed during the period divided by the time-weighted mean number of healthy
 *       targets. A period without requests has no datapoint, as ALB publishes metrics only while
 *       requests flow. Recorded by an event one microsecond before the period ends (requests in
 *       that last microsecond count toward the next period).</li>
 *   <li>{@link ScalingMetric#BACKLOG_PER_INSTANCE} (a custom metric): the time-weighted mean of
 *       requests waiting (instance queues and the balancer's queue) per in-service instance. No
 *       instance in service: no datapoint.</li>
 *   <li>{@link ScalingMetric#MEMORY} (ECSServiceAverageMemoryUtilization, percent): the
 *       time-weighted mean of the memory model {@link GroupMetrics#memoryModel} sets; groups
 *       without one (EC2: no memory metric without the CloudWatch agent) publish no datapoint.</li>
 * </ul>
 * The one-minute series (memory's excepted) exist from the start and keep {@link #RETAINED_PERIODS} closed minutes
 * (14 days, predictive scaling's history); listeners can stream older ones elsewhere. Other
 * periods (10 s, 30 s, 5 min…) are published from the moment a policy first asks for them.
 */
final class GroupSeries {
    /** Closed one-minute periods each default series keeps: 14 days. */
    static final int RETAINED_PERIODS = 14 * 24 * 60;

    private final Scheduler scheduler;
    private final DoubleSupplier cpu;
    private final DoubleSupplier backlog;
    private final DoubleSupplier memory;
    private final Map<ScalingMetric, Map<Long, MetricSeries>> series = new EnumMap<>(ScalingMetric.class);
    private final Map<ScalingMetric, List<PeriodListener>> listeners = new EnumMap<>(ScalingMetric.class);
    private TimeWeightedGauge[] cpuGauges = new TimeWeightedGauge[0];
    private TimeWeightedGauge[] backlogGauges = new TimeWeightedGauge[0];
    private TimeWeightedGauge[] memoryGauges = new TimeWeightedGauge[0];
    private long routed;
    private int targets;
    private long targetsSince;
    /** ∫ healthy targets dt up to {@link #targetsSince}, in target·µs. */
    private double targetMicros;

    /**
     * @param cpu     the CPU percent now (NaN: no datapoint), read when a new series starts
     * @param backlog the backlog per instance now (NaN: no datapoint), likewise
     * @param memory  the memory percent now (NaN: no datapoint; always so for EC2 groups), likewise
     */
    GroupSeries(Scheduler scheduler, DoubleSupplier cpu, DoubleSupplier backlog, DoubleSupplier memory) {
        this.scheduler = scheduler;
        this.cpu = cpu;
        this.backlog = backlog;
        this.memory = memory;
        this.targetsSince = scheduler.now();
        for (ScalingMetric m : ScalingMetric.values()) {
            listeners.put(m, new ArrayList<>());
            series.put(m, new TreeMap<>());
            if (m != ScalingMetric.MEMORY) { // memory only when a policy asks (ECS services), not on every EC2 group
                series(m, MetricSeries.DEFAULT_PERIOD, RETAINED_PERIODS);
            }
        }
    }

    /** The one-minute series of {@code metric}. */
    MetricSeries series(ScalingMetric metric) {
        MetricSeries s = series.get(metric).get(MetricSeries.DEFAULT_PERIOD);
        return s != null ? s : series(metric, MetricSeries.DEFAULT_PERIOD, RETAINED_PERIODS);
    }

    /**
     * The series of {@code metric} in periods of {@code periodMicros}, created on first request
     * (retaining {@code retainedPeriods}, at least 60) and shared afterwards.
     *
     * @throws UnsupportedOperationException if it exists with a shorter retention
     */
    MetricSeries series(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        if (periodMicros <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodMicros + " us");
        }
        Map<Long, MetricSeries> byPeriod = series.get(metric);
        MetricSeries s = byPeriod.get(periodMicros);
        if (s != null) {
            if (s.retainedPeriods() < retainedPeriods) {
                throw new UnsupportedOperationException(metric + " in periods of " + periodMicros + " us is published "
                        + "retaining " + s.retainedPeriods() + " periods, fewer than the " + retainedPeriods + " asked for");
            }
            return s;
        }
        List<PeriodListener> fanOut = listeners.get(metric);
        PeriodListener listener = periodMicros != MetricSeries.DEFAULT_PERIOD ? null : (ser, p) -> {
            for (int i = 0; i < fanOut.size(); i++) {
                fanOut.get(i).periodClosed(ser, p);
            }
        };
        s = new MetricSeries(periodMicros, Math.max(60, retainedPeriods), listener);
        byPeriod.put(periodMicros, s);
        long now = scheduler.now();
        switch (metric) {
            case CPU -> {
                TimeWeightedGauge g = new TimeWeightedGauge(s);
                cpuGauges = append(cpuGauges, g);
                update(g, now, cpu.getAsDouble());
            }
            case BACKLOG_PER_INSTANCE -> {
                TimeWeightedGauge g = new TimeWeightedGauge(s);
                backlogGauges = append(backlogGauges, g);
                update(g, now, backlog.getAsDouble());
            }
            case MEMORY -> {
                TimeWeightedGauge g = new TimeWeightedGauge(s);
                memoryGauges = append(memoryGauges, g);
                update(g, now, memory.getAsDouble());
            }
            case REQUEST_COUNT_PER_TARGET -> new RequestCountFeed(s).start(now);
        }
        return s;
    }

    private static TimeWeightedGauge[] append(TimeWeightedGauge[] a, TimeWeightedGauge g) {
        TimeWeightedGauge[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = g;
        return out;
    }

    void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        listeners.get(metric).add(listener);
    }

    /** Closes every period of every series that ended at or before {@code time}. */
    void advanceTo(long time) {
        for (Map<Long, MetricSeries> byPeriod : series.values()) {
            for (MetricSeries s : byPeriod.values()) {
                s.advanceTo(time);
            }
        }
    }

    /** ∫ healthy targets dt from the start up to {@code time} (≥ the last change), target·µs. */
    private double targetMicrosAt(long time) {
        return targetMicros + (double) targets * (time - targetsSince);
    }

    /**
     * Records ALBRequestCountPerTarget once per period, one microsecond before the period ends, so
     * a reader closing the period at its end always finds it (the series accepts one recorder per
     * period only through a gauge, and a count is not a gauge).
     */
    private final class RequestCountFeed implements Event {
        private final MetricSeries series;
        private long periodEnd;
        private long routedAtStart;
        private double targetMicrosAtStart;

        RequestCountFeed(MetricSeries series) {
            this.series = series;
        }

        void start(long now) {
            routedAtStart = routed;
            targetMicrosAtStart = targetMicrosAt(now);
            periodEnd = series.periodEnd(series.periodIndexAt(now));
            scheduler.scheduleAt(periodEnd - 1, this);
        }

        @Override
        public void fire() {
            long count = routed - routedAtStart;
            double end = targetMicrosAt(periodEnd);
            double meanTargets = (end - targetMicrosAtStart) / series.periodMicros();
            if (count > 0 && meanTargets > 0) {
                series.record(scheduler.now(), count / meanTargets);
            }
            routedAtStart = routed;
            targetMicrosAtStart = end;
            periodEnd += series.periodMicros();
            scheduler.scheduleAt(periodEnd - 1, this);
        }
    }

    /** The balancer routed a request to a target. */
    void routed() {
        routed++;
    }

    void targetsChanged(int registered) {
        long now = scheduler.now();
        targetMicros = targetMicrosAt(now);
        targetsSince = now;
        targets = registered;
    }

    /** The group's CPU percent is {@code value} from {@code now} on (NaN: undefined). */
    void cpuChanged(long now, double value) {
        for (TimeWeightedGauge g : cpuGauges) {
            update(g, now, value);
        }
    }

    /** The backlog per instance is {@code value} from {@code now} on (NaN: undefined). */
    void backlogChanged(long now, double value) {
        for (TimeWeightedGauge g : backlogGauges) {
            update(g, now, value);
        }
    }

    /** Whether any memory series is published (so callers can skip computing the value). */
    boolean publishesMemory() {
        return memoryGauges.length > 0;
    }

    /** The memory percent is {@code value} from {@code now} on (NaN: undefined). */
    void memoryChanged(long now, double value) {
        for (TimeWeightedGauge g : memoryGauges) {
            update(g, now, value);
        }
    }

    /** Sets {@code g} to {@code v}, or leaves it undefined for NaN (no datapoint). */
    private static void update(TimeWeightedGauge g, long now, double v) {
        if (Double.isNaN(v)) {
            if (g.isDefined()) {
                g.clear(now);
            }
        } else {
            g.set(now, v);
        }
    }
}
