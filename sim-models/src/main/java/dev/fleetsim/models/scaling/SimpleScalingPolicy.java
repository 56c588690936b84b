package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.AlarmState;
import dev.fleetsim.core.metrics.MetricAlarm;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/**
 * Simple scaling (aws-behaviour.md §2.4; M5). While the alarm is in ALARM the policy makes its
 * one adjustment, relative to desired capacity, then ignores the alarm until the target's scaling
 * activity has finished ({@link ScalableTarget#activityInProgress()}) <em>and</em> the cooldown
 * has run out since it finished ({@link ScalableTarget#lastActivityEndedAt()}). The gate is the
 * group's: any finished activity starts the cooldown, as AWS's group-level cooldown does.
 */
final class SimpleScalingPolicy implements DynamicPolicy {
    private final String name;
    private final ScalableTarget target;
    private final MetricFeed feed;
    private final ScalingPolicySpec.Simple spec;
    private final MetricAlarm alarm;
    private final long cooldownMicros;
    private final int minMagnitude;

    SimpleScalingPolicy(String name, ScalableTarget target, MetricFeed feed, ScalingPolicySpec.Simple spec,
            long cooldownMicros) {
        this.name = name;
        this.target = target;
        this.feed = feed;
        this.spec = spec;
        this.alarm = PolicyAlarm.build(spec.alarm(), spec.statistic(), feed);
        this.cooldownMicros = cooldownMicros;
        this.minMagnitude = spec.minAdjustmentMagnitude() == null ? 0 : spec.minAdjustmentMagnitude();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MetricFeed feed() {
        return feed;
    }

    /** Whether the policy may act at {@code now}: no activity in progress and the cooldown over. */
    boolean ready(long now) {
        if (target.activityInProgress()) {
            return false;
        }
        long ended = target.lastActivityEndedAt();
        return ended == Long.MIN_VALUE || now - ended >= cooldownMicros;
    }

    @Override
    public Proposal evaluate(long now, long lastCapacityChangeAt) {
        if (alarm.evaluate(now) != AlarmState.ALARM || !ready(now)) {
            return Proposal.NONE;
        }
        long p = feed.latestVisiblePeriod(now, alarm.evaluationRange());
        String why = p == MetricFeed.NONE
                ? feed.metric() + " alarm " + spec.alarm().comparison() + " " + Texts.number(spec.alarm().threshold())
                        + " in ALARM on missing data"
                : PolicyAlarm.describe(feed, alarm, spec.alarm(), feed.series().datapoint(p, spec.statistic().statistic()));
        return Adjustment.propose(name, spec.adjustmentType(), spec.adjustment(), minMagnitude,
                CapacityView.of(target, 0), false, why);
    }
}
