package dev.fleetsim.models.ec2;

import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scaling.ScalingMetric;

/**
 * An Auto Scaling group as its scaling policies see it: capacity numbers, activity state, the
 * metric series, and the two ways to change capacity. Every change of desired capacity is
 * recorded as a scaling activity by the group.
 */
final class GroupTarget implements ScalableTarget {
    private final AutoScalingGroup group;

    GroupTarget(AutoScalingGroup group) {
        this.group = group;
    }

    @Override
    public String name() {
        return group.name();
    }

    @Override
    public int minCapacity() {
        return group.min();
    }

    @Override
    public int maxCapacity() {
        return group.max();
    }

    @Override
    public int desiredCapacity() {
        return group.desired();
    }

    @Override
    public int currentCapacity() {
        return group.current();
    }

    @Override
    public int warmingCapacity(long warmupMicros) {
        return group.warming(warmupMicros);
    }

    @Override
    public int inServiceCapacity() {
        return (int) group.capacity();
    }

    @Override
    public long defaultWarmupMicros() {
        return group.spec().defaultInstanceWarmupMicros();
    }

    @Override
    public long defaultCooldownMicros() {
        return group.spec().defaultCooldown().micros();
    }

    @Override
    public boolean activityInProgress() {
        return group.activityInProgress();
    }

    @Override
    public long lastActivityEndedAt() {
        return group.lastActivityEndedAt();
    }

    @Override
    public int setDesiredCapacity(int desired, String policy, String reason) {
        return group.setDesired(desired, policy, reason);
    }

    @Override
    public void setLimits(Integer min, Integer max, Integer desired, String policy, String reason) {
        group.setLimits(min, max, desired, policy, reason);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric) {
        return group.metric(metric, MetricSeries.DEFAULT_PERIOD, 1);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        return group.metric(metric, periodMicros, retainedPeriods);
    }

    @Override
    public void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        group.addPeriodListener(metric, listener);
    }
}
