package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.core.stats.TimeWeightedAverage;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalingMetric;

/**
 * What a group measures: the live state its metric series are computed from (see
 * {@link GroupSeries} for what each series means), and the statistics of the measurement window:
 * in-service count (mean and peak), utilisation (busy slot-time / slot-time of in-service
 * instances), queueing delay before service, drops, launches, terminations, warm-pool starts,
 * failures and replacements. Per-request figures (waits, drops) count requests that arrived in the
 * window whenever their outcome comes; event counts (launches…) count events inside it.
 */
final class GroupMetrics {
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final GroupSeries series;

    // Live state.
    private int inService;
    private int inServiceSlots;
    private int inServiceBusy;
    private int eligibleSlots;
    private int eligibleBusy;
    private int waiting;
    /** Memory model (ECS services only): percent per task at rest, and per request in service; NaN: none. */
    private double memoryBasePercent = Double.NaN;
    private double memoryPerRequestPercent;

    // Window statistics.
    private final TimeWeightedAverage capacity;
    private final TimeWeightedAverage busySlots;
    private final TimeWeightedAverage slots;
    private boolean measuring = true;
    private double meanCapacity;
    private double peakCapacity;
    private double utilization;
    private long measuredStarts;
    private long measuredWaits;
    private long measuredWaitMicros;
    private long dropped;
    private long interrupted;
    private long launches;
    private long terminations;
    private long warmPoolStarts;
    private long failures;
    private long replacements;

    GroupMetrics(Scheduler scheduler, RequestStats stats) {
        this.scheduler = scheduler;
        this.stats = stats;
        this.series = new GroupSeries(scheduler, this::cpu, this::backlog, this::memory);
        long now = scheduler.now();
        this.capacity = new TimeWeightedAverage(now, 0);
        this.busySlots = new TimeWeightedAverage(now, 0);
        this.slots = new TimeWeightedAverage(now, 0);
    }

    MetricSeries series(ScalingMetric metric) {
        return series.series(metric);
    }

    MetricSeries series(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        return series.series(metric, periodMicros, retainedPeriods);
    }

    void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        series.addPeriodListener(metric, listener);
    }

    void advanceTo(long time) {
        series.advanceTo(time);
    }

    // ---- request path (allocation-free) ----

    /** A request starts service now, having arrived at {@code arrival}. */
    void serviceStarted(long arrival, long now) {
        if (stats.measured(arrival)) {
            measuredStarts++;
            if (now > arrival) {
                measuredWaits++;
                measuredWaitMicros += now - arrival;
            }
        }
    }

    void busyChanged(Instance i, int delta) {
        long now = scheduler.now();
        if (i.state == InstanceState.IN_SERVICE) {
            inServiceBusy += delta;
            busySlots.update(now, inServiceBusy);
            updateMemory(now); // a no-op without a memory model (EC2)
        }
        if (i.cpuEligible) {
            eligibleBusy += delta;
            updateCpu(now);
        }
    }

    void queuedChanged(int delta) {
        waiting += delta;
        updateBacklog(scheduler.now());
    }

    /** A request is lost: no room anywhere, its target failed, or its draining target was cut. */
    void dropped(long arrival) {
        stats.dropped(arrival);
        if (stats.measured(arrival)) {
            dropped++;
        }
    }

    /** A request was lost: its Spot instance was reclaimed while it was queued or in service there. */
    void interrupted(long arrival) {
        stats.interrupted(arrival);
        if (stats.measured(arrival)) {
            interrupted++;
        }
    }

    /** The balancer routed a request to a target. */
    void routed() {
        series.routed();
    }

    void targetsChanged(int registered) {
        series.targetsChanged(registered);
    }

    // ---- instance transitions ----

    /** {@code i} entered service (its state is already IN_SERVICE). */
    void enteredService(Instance i) {
        long now = scheduler.now();
        inService += i.weight();
        inServiceSlots += i.server.slots();
        inServiceBusy += i.server.busy();
        capacity.update(now, inService);
        slots.update(now, inServiceSlots);
        busySlots.update(now, inServiceBusy);
        updateBacklog(now);
        updateMemory(now);
    }

    /** {@code i} leaves service (call while its state is still IN_SERVICE). */
    void leftService(Instance i) {
        long now = scheduler.now();
        notEligible(i);
        inService -= i.weight();
        inServiceSlots -= i.server.slots();
        inServiceBusy -= i.server.busy();
        capacity.update(now, inService);
        slots.update(now, inServiceSlots);
        busySlots.update(now, inServiceBusy);
        updateBacklog(now);
        updateMemory(now);
    }

    /** {@code i}'s warm-up ended: its CPU joins the group aggregate. */
    void eligible(Instance i) {
        if (!i.cpuEligible && !i.impaired && i.state == InstanceState.IN_SERVICE) {
            i.cpuEligible = true;
            eligibleSlots += i.server.slots();
            eligibleBusy += i.server.busy();
            updateCpu(scheduler.now());
        }
    }

    /** {@code i}'s CPU leaves the aggregate (it failed or leaves service). */
    void notEligible(Instance i) {
        if (i.cpuEligible) {
            i.cpuEligible = false;
            eligibleSlots -= i.server.slots();
            eligibleBusy -= i.server.busy();
            updateCpu(scheduler.now());
        }
    }

    /** CPU percent of the eligible instances now, or NaN when none is eligible. */
    private double cpu() {
        return eligibleSlots == 0 ? Double.NaN : 100.0 * eligibleBusy / eligibleSlots;
    }

    /** Waiting requests per in-service instance now, or NaN when none is in service. */
    private double backlog() {
        return inService == 0 ? Double.NaN : (double) waiting / inService;
    }

    /**
     * Sets the memory model of an ECS service: a task uses {@code basePercent} of its memory at
     * rest plus {@code perRequestPercent} per request in service, capped at 100; the metric is the
     * mean over in-service tasks, i.e. base + per-request × busy slots / tasks.
     */
    void memoryModel(double basePercent, double perRequestPercent) {
        this.memoryBasePercent = basePercent;
        this.memoryPerRequestPercent = perRequestPercent;
        updateMemory(scheduler.now());
    }

    /** Memory percent of the in-service tasks now, or NaN without a memory model or without tasks. */
    private double memory() {
        if (Double.isNaN(memoryBasePercent) || inService == 0) {
            return Double.NaN;
        }
        return Math.min(100.0, memoryBasePercent + memoryPerRequestPercent * inServiceBusy / inService);
    }

    private void updateMemory(long now) {
        if (!Double.isNaN(memoryBasePercent)) {
            series.memoryChanged(now, memory());
        }
    }

    private void updateCpu(long now) {
        series.cpuChanged(now, cpu());
    }

    private void updateBacklog(long now) {
        series.backlogChanged(now, backlog());
    }

    // ---- counted events ----

    void countLaunch() {
        if (measuring) launches++;
    }

    void countTermination() {
        if (measuring) terminations++;
    }

    void countWarmPoolStart() {
        if (measuring) warmPoolStarts++;
    }

    void countFailure() {
        if (measuring) failures++;
    }

    void countReplacement() {
        if (measuring) replacements++;
    }

    // ---- window ----

    void startMeasurement(long time) {
        capacity.reset(time);
        busySlots.reset(time);
        slots.reset(time);
        launches = terminations = warmPoolStarts = failures = replacements = 0;
        measuring = true;
    }

    void endMeasurement(long time) {
        meanCapacity = capacity.average(time);
        peakCapacity = capacity.max();
        double s = slots.average(time);
        utilization = s == 0 ? 0 : busySlots.average(time) / s;
        measuring = false;
    }

    // ---- readings ----

    /** Adds the window's statistics under {@code [fleets, NAME, …]}. */
    void report(ResultValues out, String name) {
        reportServing(out, name);
        out.put(launches, "fleets", name, "launches");
        out.put(terminations, "fleets", name, "terminations");
        out.put(warmPoolStarts, "fleets", name, "warm_pool_starts");
        out.put(failures, "fleets", name, "failures");
        out.put(replacements, "fleets", name, "replacements");
        out.put(dropped, "fleets", name, "dropped");
        out.put(interrupted, "fleets", name, "interrupted");
    }

    /** The serving statistics alone (capacity, utilisation, waits), without the EC2 lifecycle counters. */
    void reportServing(ResultValues out, String name) {
        out.put(meanCapacity, "fleets", name, "mean_capacity");
        out.put(peakCapacity, "fleets", name, "peak_capacity");
        out.put(utilization, "fleets", name, "utilization");
        out.put(meanWaitMicros() / 1000.0, "fleets", name, "mean_wait_ms");
        out.put(waitProbability(), "fleets", name, "wait_probability");
    }

    long droppedInWindow() {
        return dropped;
    }

    long interruptedInWindow() {
        return interrupted;
    }

    int inService() {
        return inService;
    }

    /** Requests waiting in instance queues and the balancer's queue. */
    int waiting() {
        return waiting;
    }

    /** Mean queueing delay (balancer and instance queues) of measured requests that started service. */
    double meanWaitMicros() {
        return measuredStarts == 0 ? 0 : measuredWaitMicros / (double) measuredStarts;
    }

    /** Fraction of measured requests that started service that had to wait. */
    double waitProbability() {
        return measuredStarts == 0 ? 0 : measuredWaits / (double) measuredStarts;
    }

}
