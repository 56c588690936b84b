package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.TimeWeightedGauge;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.LambdaProvisionedSpec;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Provisioned concurrency of one function (aws-behaviour.md 4.6, M17), and the scalable target
 * Application Auto Scaling sees ({@code lambda:function:ProvisionedConcurrency}). A change of the
 * configured level starts allocating after a delay drawn from {@code allocation_delay}; then one
 * environment is added every 1 / {@code allocation_rate}, each running INIT (billed) before it
 * is ready. An environment is added only if the function's concurrency cap has room, otherwise
 * the next tick tries again. Lowering the level shuts idle provisioned environments down at once
 * and busy ones when their invocation ends. Utilisation (busy / ready provisioned environments)
 * is published per period as LambdaProvisionedConcurrencyUtilization.
 */
final class ProvisionedConcurrency implements ScalableTarget {
    private final LambdaFunction fn;
    private final Scheduler scheduler;
    private final DurationSampler delay;
    private final long tickMicros;
    private int min;
    private int max;
    private int desired;
    /** Environments allocated: initialising, ready or busy. Mirrors {@code fn.provisionedAllocated}. */
    private int ready;
    private int initialising;
    private boolean allocating;
    private long allocationHandle = Scheduler.NO_HANDLE;
    private final Event allocate = this::allocateOne;
    private final List<ScalingActivity> activities = new ArrayList<>();
    private final Map<Long, MetricSeries> series = new HashMap<>();
    private final List<TimeWeightedGauge> gauges = new ArrayList<>();
    /** Environments allocated at once when a round starts (legacy mode), then one per tick. */
    private final int burst;
    private int burstLeft;

    private final DurationSampler recycleAfter;
    private long recycles;

    ProvisionedConcurrency(LambdaFunction fn, LambdaProvisionedSpec spec, DurationSampler delay, DurationSampler recycleAfter) {
        this.fn = fn;
        this.recycleAfter = recycleAfter;
        this.scheduler = fn.scheduler();
        this.delay = delay;
        this.tickMicros = Math.max(1, Math.round(SimTime.MICROS_PER_SECOND / spec.allocationRate().perSecond()));
        this.burst = spec.allocationBurst();
        this.min = spec.min();
        Integer reserved = fn.spec().reservedConcurrency();
        this.max = spec.maxOr(reserved != null ? reserved : 0);
        this.desired = spec.count();
        fn.billing.configured(scheduler.now(), desired);
        if (spec.readyAtStart()) {
            for (int i = 0; i < desired && fn.takeConcurrency(); i++) {
                Environment e = fn.create(scheduler.now(), true);
                fn.provisionedAllocated++;
                ready++;
                fn.provisionedReady(e, 0);
                scheduleRecycle(e, scheduler.now());
            }
        } else {
            startAllocating();
        }
    }

    int desired() {
        return desired;
    }

    List<ScalingActivity> activities() {
        return List.copyOf(activities);
    }

    private void startAllocating() {
        if (!allocating && fn.provisionedAllocated < desired) {
            allocating = true;
            burstLeft = burst;
            allocationHandle = scheduler.scheduleAfter(delay.sampleMicros(), allocate);
        }
    }

    /** One allocation tick: one environment, or the whole burst on a round's first tick (legacy). */
    private void allocateOne() {
        allocationHandle = Scheduler.NO_HANDLE;
        long now = scheduler.now();
        int n = Math.max(1, burstLeft);
        burstLeft = 0;
        for (int i = 0; i < n && fn.provisionedAllocated < desired && fn.takeConcurrency(); i++) {
            fn.provisionedAllocated++;
            initialising++;
            Environment e = fn.create(now, true);
            e.initialising = true;
            e.initStartedAt = now;
            scheduler.scheduleAt(now + fn.drawInit(), e);
        }
        if (fn.provisionedAllocated >= desired) {
            allocating = false;
            return;
        }
        allocationHandle = scheduler.scheduleAfter(tickMicros, allocate);
    }

    /** A provisioned environment finished its INIT (called by the environment's event). */
    void initialised(Environment e) {
        long now = scheduler.now();
        e.initialising = false;
        initialising--;
        if (excess()) {
            fn.destroy(e, now);
            removedOne(false);
            return;
        }
        ready++;
        fn.provisionedReady(e, now - e.initStartedAt);
        scheduleRecycle(e, now);
        publish(now);
    }

    private void scheduleRecycle(Environment e, long now) {
        e.reclaimHandle = scheduler.scheduleAt(now + recycleAfter.sampleMicros(), e.reclaim);
    }

    /** {@code e} is due for recycling: at once if idle, else when its invocation ends. */
    void recycleDue(Environment e) {
        if (!e.idle) {
            e.recycleDue = true;
            return;
        }
        long now = scheduler.now();
        fn.destroy(e, now);
        renew(now);
    }

    /**
     * A ready provisioned environment was shut down (recycled, or reset by a failed invocation):
     * a fresh one starts INIT at once in its place, keeping its concurrency (M17).
     */
    void renew(long now) {
        ready--;
        initialising++;
        if (fn.measuring()) {
            recycles++;
        }
        Environment e = fn.create(now, true);
        e.initialising = true;
        e.initStartedAt = now;
        scheduler.scheduleAt(now + fn.drawInit(), e);
        publish(now);
    }

    /** True if there are more provisioned environments than configured. */
    boolean excess() {
        return fn.provisionedAllocated > desired;
    }

    /** An excess provisioned environment was shut down ({@code wasReady}: it had finished INIT). */
    void removedOne(boolean wasReady) {
        fn.provisionedAllocated--;
        if (wasReady) {
            ready--;
        }
        fn.releaseConcurrency();
        publish(scheduler.now());
    }

    void becameIdle() {
        publish(scheduler.now());
    }

    /** Busy-state change of provisioned environments: refresh the utilisation gauges. */
    void publish(long now) {
        double u = ready == 0 ? 0 : Math.min(1, fn.busyProvisioned() / (double) ready);
        for (int i = 0; i < gauges.size(); i++) {
            gauges.get(i).set(now, u);
        }
    }

    /** Sets the configured level (scaling policies, scheduled actions). */
    private int configure(int level, String policy, String reason) {
        int from = desired;
        desired = Math.max(min, Math.min(max, level));
        long now = scheduler.now();
        if (desired != from) {
            activities.add(new ScalingActivity(now, fn.name(), policy, from, desired, reason));
            fn.billing.configured(now, desired);
        }
        if (desired > fn.provisionedAllocated) {
            startAllocating();
        } else {
            while (fn.provisionedAllocated > desired) {
                Environment e = fn.provisionedIdle.takeOldest();
                if (e == null) {
                    break; // the rest are busy or initialising: they go when they finish
                }
                ready--;
                fn.destroy(e, now);
                fn.provisionedAllocated--;
                fn.releaseConcurrency();
            }
            publish(now);
        }
        return desired;
    }

    void report(ResultValues out, String fleet) {
        out.put(desired, "fleets", fleet, "provisioned_configured_at_end");
        out.put(ready, "fleets", fleet, "provisioned_ready_at_end");
        out.put(recycles, "fleets", fleet, "provisioned_recycles");
    }

    // ---- ScalableTarget: what Application Auto Scaling sees ----

    @Override
    public String name() {
        return fn.name();
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
        return fn.provisionedAllocated;
    }

    @Override
    public int warmingCapacity(long warmupMicros) {
        return 0;
    }

    @Override
    public int inServiceCapacity() {
        return ready;
    }

    /** Application Auto Scaling has no instance warm-up for Lambda. */
    @Override
    public long defaultWarmupMicros() {
        return 0;
    }

    /** Target-tracking cooldowns for Lambda provisioned concurrency default to 0 s (4.6). */
    @Override
    public long defaultCooldownMicros() {
        return 0;
    }

    /** Application Auto Scaling: scheduled actions run "a few seconds" late (aws-behaviour.md 2.8). */
    @Override
    public ActionDelay defaultScheduledActionDelay() {
        return ActionDelay.M7.APPLICATION_AUTO_SCALING;
    }

    @Override
    public boolean activityInProgress() {
        return fn.provisionedAllocated < desired || initialising > 0;
    }

    @Override
    public long lastActivityEndedAt() {
        return Long.MIN_VALUE;
    }

    @Override
    public int setDesiredCapacity(int level, String policy, String reason) {
        return configure(level, policy, reason);
    }

    @Override
    public void setLimits(Integer newMin, Integer newMax, Integer level, String policy, String reason) {
        // Scheduled actions on Lambda set min/max of the scalable target; the level follows them.
        if (newMin != null) {
            min = newMin;
        }
        if (newMax != null) {
            max = newMax;
        }
        max = Math.max(max, min);
        configure(level != null ? level : desired, policy, reason);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric) {
        return metric(metric, MetricSeries.DEFAULT_PERIOD, 60);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        if (metric != ScalingMetric.PROVISIONED_CONCURRENCY_UTILIZATION) {
            throw new UnsupportedOperationException(fn.name() + " (lambda) publishes only provisioned_concurrency_utilization");
        }
        MetricSeries s = series.get(periodMicros);
        if (s == null) {
            s = new MetricSeries(periodMicros, Math.max(60, retainedPeriods));
            series.put(periodMicros, s);
            TimeWeightedGauge g = new TimeWeightedGauge(s);
            gauges.add(g);
            long now = scheduler.now();
            g.set(now, ready == 0 ? 0 : Math.min(1, fn.busyProvisioned() / (double) ready));
        }
        return s;
    }
}
