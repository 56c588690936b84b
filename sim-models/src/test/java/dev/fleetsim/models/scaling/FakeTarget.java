package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * A scalable target whose capacity numbers and metric series the test sets directly. By default
 * a change of desired capacity launches or terminates at once: current = in service = desired
 * (no Pending, no warming), with no activity in progress; {@link #activityDuration} and the
 * public fields let a test shape it otherwise.
 */
final class FakeTarget implements ScalableTarget {
    final EventLoop loop;
    int min;
    int max;
    int desired;
    int current;
    int inService;
    /** Returned by {@link #warmingCapacity} whatever warm-up is asked about. */
    int warming;
    long defaultWarmup = -1;
    long defaultCooldown = SimTime.seconds(300);
    /** When &gt; 0, a change of desired capacity starts an activity that ends this much later. */
    long activityDuration;
    /** When true, a change of desired capacity moves current but not in-service capacity (launches pending). */
    boolean launchesPend;
    boolean activity;
    long lastEnded = Long.MIN_VALUE;
    final List<ScalingActivity> activities = new ArrayList<>();
    /** Every value policies asked setDesiredCapacity for, before clamping. */
    final List<Integer> requested = new ArrayList<>();
    private final Map<ScalingMetric, MetricSeries> series = new EnumMap<>(ScalingMetric.class);
    private final Map<String, MetricSeries> highRes = new HashMap<>();
    private final Map<ScalingMetric, List<PeriodListener>> listeners = new EnumMap<>(ScalingMetric.class);

    FakeTarget(EventLoop loop, int min, int max, int desired) {
        this.loop = loop;
        this.min = min;
        this.max = max;
        this.desired = desired;
        this.current = desired;
        this.inService = desired;
        for (ScalingMetric m : ScalingMetric.values()) {
            List<PeriodListener> fanOut = new ArrayList<>();
            listeners.put(m, fanOut);
            series.put(m, new MetricSeries(SimTime.MICROS_PER_MINUTE, 60, (s, p) -> {
                for (PeriodListener l : fanOut) {
                    l.periodClosed(s, p);
                }
            }));
        }
    }

    /** Records {@code value.applyAsDouble(k)} into period k of {@code metric} (NaN: nothing) for k in [0, periods). */
    void feed(ScalingMetric metric, int periods, IntToDoubleFunction value) {
        feed(metric(metric), periods, value);
    }

    void feed(MetricSeries s, int periods, IntToDoubleFunction value) {
        for (int k = 0; k < periods; k++) {
            int period = k;
            loop.scheduleAt(s.periodStart(k), () -> {
                double v = value.applyAsDouble(period);
                if (!Double.isNaN(v)) {
                    s.record(loop.now(), v);
                }
            });
        }
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public int minCapacity() {
        return min;
    }

    @Override
    public int maxCapacity() {
        return max;
    }

    @Override
    public int desiredCapacity() {
        return desired;
    }

    @Override
    public int currentCapacity() {
        return current;
    }

    @Override
    public int inServiceCapacity() {
        return inService;
    }

    @Override
    public int warmingCapacity(long warmupMicros) {
        return warming;
    }

    @Override
    public long defaultWarmupMicros() {
        return defaultWarmup;
    }

    @Override
    public long defaultCooldownMicros() {
        return defaultCooldown;
    }

    @Override
    public boolean activityInProgress() {
        return activity;
    }

    @Override
    public long lastActivityEndedAt() {
        return lastEnded;
    }

    @Override
    public int setDesiredCapacity(int wanted, String policy, String reason) {
        requested.add(wanted);
        int to = Math.max(min, Math.min(max, wanted));
        change(to, policy, reason);
        return to;
    }

    @Override
    public void setLimits(Integer newMin, Integer newMax, Integer newDesired, String policy, String reason) {
        min = newMin != null ? newMin : min;
        max = newMax != null ? newMax : max;
        int d = newDesired != null ? newDesired : desired;
        change(Math.max(min, Math.min(max, d)), policy, reason);
    }

    private void change(int to, String policy, String reason) {
        if (to == desired) {
            return;
        }
        activities.add(new ScalingActivity(loop.now(), name(), policy, desired, to, reason));
        desired = to;
        current = to;
        if (!launchesPend) {
            inService = to;
        }
        if (activityDuration > 0) {
            activity = true;
            loop.scheduleAfter(activityDuration, () -> {
                activity = false;
                lastEnded = loop.now();
            });
        } else {
            lastEnded = loop.now();
        }
    }

    @Override
    public MetricSeries metric(ScalingMetric metric) {
        return series.get(metric);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        if (periodMicros == SimTime.MICROS_PER_MINUTE) {
            return ScalableTarget.super.metric(metric, periodMicros, retainedPeriods);
        }
        return highRes.computeIfAbsent(metric + "/" + periodMicros, k -> new MetricSeries(periodMicros, 400));
    }

    /** The series of {@code metric} with {@code periodMicros} periods, as policies asked for it. */
    MetricSeries series(ScalingMetric metric, long periodMicros) {
        return periodMicros == SimTime.MICROS_PER_MINUTE ? metric(metric) : highRes.get(metric + "/" + periodMicros);
    }

    /** Times (in seconds) of the recorded activities. */
    List<Long> activitySeconds() {
        List<Long> t = new ArrayList<>();
        for (ScalingActivity a : activities) {
            t.add(a.timeMicros() / SimTime.MICROS_PER_SECOND);
        }
        return t;
    }

    /** Streams the closed one-minute periods of {@code metric}, as a group does. */
    @Override
    public void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        listeners.get(metric).add(listener);
    }
}
