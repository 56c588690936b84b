package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;

/**
 * What a scaling policy may see and change of the thing it scales: an EC2 Auto Scaling group
 * today, an ECS service (through Application Auto Scaling) later. Policies read metrics only
 * through the per-minute {@link MetricSeries} the target publishes, never from its live instance
 * list, because real policies see CloudWatch, with its delay.
 */
public interface ScalableTarget {

    /** The target's name, for activity records. */
    String name();

    int minCapacity();

    int maxCapacity();

    int desiredCapacity();

    /**
     * Capacity units launched or in service that count toward desired capacity (Pending and
     * InService, warming or not); what a scale-out is sized against (aws-behaviour.md 2.5 b).
     */
    int currentCapacity();

    /** Units that are InService but still inside {@code warmupMicros} of entering service. */
    int warmingCapacity(long warmupMicros);

    /**
     * Units InService, warming or not (Pending excluded): the instances that carry the load the
     * metric is measured on, M4's {@code cur_eff}. Target tracking sizes scale-out against it, and
     * step scaling counts Pending units (current − in service) as in flight. A default that throws
     * keeps implementations compiling until they provide it; every real target must override it.
     */
    default int inServiceCapacity() {
        throw new UnsupportedOperationException(name() + " does not report its in-service capacity;"
                + " implement ScalableTarget.inServiceCapacity()");
    }

    /** The group's default instance warm-up, or -1 when unset (aws-behaviour.md 2.5). */
    long defaultWarmupMicros();

    /** The group's default cooldown (simple scaling; warm-up fallback), aws-behaviour.md 2.4. */
    long defaultCooldownMicros();

    /**
     * How late a scheduled action runs when it writes no {@code delay} (aws-behaviour.md 2.8):
     * M7 for an EC2 Auto Scaling group (this default, up to 2 minutes late); Application Auto
     * Scaling targets (Lambda provisioned concurrency, ECS/Fargate services) override it with
     * {@link ActionDelay.M7#APPLICATION_AUTO_SCALING} ("a few seconds").
     */
    default ActionDelay defaultScheduledActionDelay() {
        return ActionDelay.M7.DEFAULT;
    }

    /**
     * True while a scaling activity (launches or terminations it started, including lifecycle
     * hooks and draining) has not finished; simple scaling waits for it (aws-behaviour.md 2.4).
     * Must be true as soon as {@link #setDesiredCapacity} or {@link #setLimits} has changed
     * desired capacity, until the launches or terminations that change asks for have finished.
     */
    boolean activityInProgress();

    /** When the last scaling activity finished (for cooldowns); {@code Long.MIN_VALUE} if none. */
    long lastActivityEndedAt();

    /**
     * Sets desired capacity, clamped into [min, max], and records the activity.
     *
     * @return the desired capacity after clamping
     */
    int setDesiredCapacity(int desired, String policy, String reason);

    /**
     * Sets any of min, max and desired (null leaves one unchanged), as a scheduled action does;
     * desired is then clamped into the new range.
     */
    void setLimits(Integer min, Integer max, Integer desired, String policy, String reason);

    /** The per-minute series of {@code metric} for this target. */
    MetricSeries metric(ScalingMetric metric);

    /**
     * The series of {@code metric} with periods of {@code periodMicros}, retaining at least
     * {@code retainedPeriods} closed periods (an alarm reads its evaluation range, e.g. 20 periods
     * for target tracking's 15-datapoint low alarm). Policies ask for 60 s periods unless the
     * scenario chose a high-resolution target-tracking period (10 s or 30 s) or a longer step or
     * simple alarm period (a multiple of 60 s); every policy on the same metric and period shares
     * one series, asked for once. The default serves the per-minute series of
     * {@link #metric(ScalingMetric)} and refuses anything else; a target that supports other
     * periods overrides it.
     *
     * @throws UnsupportedOperationException if the target cannot publish such a series
     */
    default MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        MetricSeries series = metric(metric);
        if (series.periodMicros() != periodMicros || series.retainedPeriods() < retainedPeriods) {
            throw new UnsupportedOperationException(name() + " publishes " + metric + " in periods of "
                    + series.periodMicros() / 1_000_000 + " s retaining " + series.retainedPeriods()
                    + "; a scaling policy needs periods of " + periodMicros / 1_000_000.0 + " s retaining "
                    + retainedPeriods);
        }
        return series;
    }

    /**
     * Streams every closed one-minute period of {@code metric} to {@code listener}, however long
     * the run: how predictive scaling collects its load history (aws-behaviour.md §2.9). The
     * default refuses; a target that supports predictive scaling overrides it.
     *
     * @throws UnsupportedOperationException if the target cannot stream its periods
     */
    default void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        throw new UnsupportedOperationException(name() + " cannot stream " + metric
                + " periods; predictive scaling needs ScalableTarget.addPeriodListener()");
    }
}
